import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { panelistChildren, REFERENCE, REFERENCE_PANEL } from './support/fixtures.js';
import { elementArgs } from './support/element-args.js';
import { caption } from './support/templates.js';

/**
 * The card in every language the library speaks. The language comes from the
 * nearest `lang` up the tree: each story sets it on the page around the card (the
 * toolbar's Language overrides it). Arabic lays out right to left. The name and
 * description are the author's, translated here as a partner site would.
 */
const meta: Meta = {
  title: 'Guides/Languages',
  component: 'dialogue-event',
  args: {
    start: REFERENCE.start,
    end: REFERENCE.end,
    'time-zone': REFERENCE.timeZone,
    'register-url': REFERENCE.registerUrl,
  },
};
export default meta;

type Story = StoryObj;

interface Translation {
  lang: string;
  name: string;
  description: TemplateResult;
}

const TRANSLATIONS: Record<string, Translation> = {
  en: {
    lang: 'en',
    name: REFERENCE.name,
    description: html`<p>
      An online panel on how partnerships strengthen civic tech in the global South: what projects teach, how to work
      with governments and communities, and what can go wrong.
    </p>`,
  },
  fr: {
    lang: 'fr',
    name: 'Comment les partenariats renforcent l’impact de la civic tech',
    description: html`<p>
      Un dialogue en ligne sur ce que les partenariats apportent à la civic tech dans les pays du Sud : les leçons des
      projets, la collaboration avec les pouvoirs publics et les communautés, et les écueils à éviter.
    </p>`,
  },
  pt: {
    lang: 'pt',
    name: 'Como usar parcerias para reforçar o impacto da tecnologia cívica',
    description: html`<p>
      Um diálogo online sobre o que as parcerias trazem à tecnologia cívica no Sul global: o que os projetos nos
      ensinam, como colaborar com governos e comunidades, e o que pode correr mal.
    </p>`,
  },
  sw: {
    lang: 'sw',
    name: 'Jinsi ya kutumia ushirikiano kuimarisha athari za teknolojia ya kiraia',
    description: html`<p>
      Mazungumzo ya mtandaoni kuhusu jinsi ushirikiano unavyoimarisha teknolojia ya kiraia katika nchi za Kusini:
      mafunzo kutoka kwa miradi, kushirikiana na serikali na jamii, na changamoto zake.
    </p>`,
  },
  ar: {
    lang: 'ar',
    name: 'كيف نستخدم الشراكات لتعزيز أثر التكنولوجيا المدنية',
    description: html`<p>
      حوار رقمي حول ما تضيفه الشراكات إلى التكنولوجيا المدنية في بلدان الجنوب العالمي: دروس من المشاريع، والتعاون مع
      الحكومات والمجتمعات، وما قد يسوء.
    </p>`,
  },
};

const card = (lang: keyof typeof TRANSLATIONS): Story => ({
  args: { name: TRANSLATIONS[lang]!.name },
  render: (args, context) =>
    html`<dialogue-event ${elementArgs(args, context)}>
      ${TRANSLATIONS[lang]!.description} ${panelistChildren(REFERENCE_PANEL)}
    </dialogue-event>`,
  parameters: { lang },
});

export const Arabic: Story = { ...card('ar'), name: 'Arabic (right to left)' };
export const French: Story = { ...card('fr'), name: 'French' };
export const Portuguese: Story = { ...card('pt'), name: 'Portuguese' };
export const Swahili: Story = { ...card('sw'), name: 'Swahili' };
export const English: Story = { ...card('en'), name: 'English' };

export const SideBySide: Story = {
  name: 'All five side by side',
  render: (args, context) =>
    html`${Object.values(TRANSLATIONS).map(
      (translation) =>
        html`${caption(translation.lang)}
          <div lang=${translation.lang}>
            <dialogue-countdown ${elementArgs(args, context)}></dialogue-countdown>
            <dialogue-register ${elementArgs({ ...args, name: translation.name }, context)}></dialogue-register>
          </div>`,
    )}`,
  parameters: {
    docs: {
      description: {
        story:
          "The countdown and the call to action in each language at once (each wrapped in its own `lang`, so the toolbar's Language does not apply here).",
      },
    },
  },
};
