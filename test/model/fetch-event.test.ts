import { expect } from '@open-wc/testing';
import { buildEvent } from '../../src/model/build-event.js';
import { estimateSkew, fetchEventSource } from '../../src/model/fetch-event.js';

/** Served by the test runner, which serves the repository root. */
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const PAGE = location.href;
const visitorClock =
  (aheadMs = 0) =>
  () =>
    Date.now() + aheadMs;

/** The fixture's text, read without the code under test. */
async function fixtureText(name: string): Promise<string> {
  return (await fetch(fixture(name))).text();
}

describe('fetchEventSource', () => {
  it('reads the Event at src, with addresses relative to src', async () => {
    const src = fixture('event.jsonld');
    const fetched = await fetchEventSource(src, PAGE, visitorClock());
    expect(fetched.source.problems).to.deep.equal([]);
    expect(fetched.source.baseUrl).to.equal(src);
    expect(fetched.source.fields).to.include({
      name: 'How to use partnerships to strengthen the Impact of Civic Tech',
      start: '2023-07-06T16:00:00+02:00',
    });

    const event = buildEvent([fetched.source]);
    expect(event.problems).to.deep.equal([]);
    // 16:00 at +02:00 is 14:00 UTC.
    expect(event.start!.epochMs).to.equal(Date.UTC(2023, 6, 6, 14, 0));
    expect(event.end!.epochMs).to.equal(Date.UTC(2023, 6, 6, 15, 30));
    expect(event.image).to.equal(new URL('./fixtures/images/dialogue.png', import.meta.url).href);
    expect(event.registerUrl).to.equal(`${location.origin}/register?event=42`);
    expect(event.panelists[0]!.photo).to.equal(new URL('./fixtures/people/khene.jpg', import.meta.url).href);
  });

  it('resolves a relative src against the page', async () => {
    const fetched = await fetchEventSource('fixtures/event.jsonld', import.meta.url, visitorClock());
    expect(fetched.source.baseUrl).to.equal(fixture('event.jsonld'));
    expect(fetched.source.fields.name).to.equal('How to use partnerships to strengthen the Impact of Civic Tech');
  });

  it("measures no skew when the visitor's clock agrees with the server's", async () => {
    const fetched = await fetchEventSource(fixture('event.jsonld'), PAGE, visitorClock());
    expect(fetched.clockSkewMs).to.equal(0);
  });

  it('measures a visitor clock five minutes fast from the Date header', async () => {
    const fetched = await fetchEventSource(fixture('event.jsonld'), PAGE, visitorClock(300_000));
    // The header is whole seconds and the trip takes a moment: within a couple of seconds of 5 minutes.
    expect(fetched.clockSkewMs).to.be.within(298_000, 302_000);
  });

  it('measures a visitor clock five minutes slow as a negative skew', async () => {
    const fetched = await fetchEventSource(fixture('event.jsonld'), PAGE, visitorClock(-300_000));
    expect(fetched.clockSkewMs).to.be.within(-302_000, -298_000);
  });

  it('reports a 404 on src and brings no fields', async () => {
    const src = fixture('missing.jsonld');
    const fetched = await fetchEventSource(src, PAGE, visitorClock());
    expect(fetched.source.fields).to.deep.equal({});
    expect(fetched.source.problems).to.deep.equal([
      { field: 'src', value: src, message: 'could not be loaded (HTTP 404); the authored content is shown' },
    ]);
    expect(fetched.clockSkewMs).to.equal(0);
  });

  it('reports a network error on src', async () => {
    // Nothing listens on the discard port (and browsers refuse it): the fetch fails as a network error.
    const src = 'http://127.0.0.1:9/event.jsonld';
    const fetched = await fetchEventSource(src, PAGE, visitorClock());
    expect(fetched.source.fields).to.deep.equal({});
    expect(fetched.source.problems).to.deep.equal([
      {
        field: 'src',
        value: src,
        message: 'could not be loaded (network error or blocked by CORS); the authored content is shown',
      },
    ]);
    expect(fetched.clockSkewMs).to.equal(0);
  });

  it('reports a body that is not JSON, quoting it', async () => {
    const fetched = await fetchEventSource(fixture('not-json.jsonld'), PAGE, visitorClock());
    expect(fetched.source.fields).to.deep.equal({});
    expect(fetched.source.problems).to.deep.equal([
      { field: 'src', value: await fixtureText('not-json.jsonld'), message: 'is not valid JSON; it is ignored' },
    ]);
  });

  it('reports JSON that holds no Event', async () => {
    const fetched = await fetchEventSource(fixture('not-event.jsonld'), PAGE, visitorClock());
    expect(fetched.source.fields).to.deep.equal({});
    expect(fetched.source.problems).to.have.length(1);
    const [problem] = fetched.source.problems!;
    expect(problem!.field).to.equal('src');
    expect(problem!.value).to.contain('"@type":"Organization"');
    expect(problem!.message).to.equal('holds no schema.org Event; it is ignored');
  });

  it('repairs a document WordPress put <p> and <br /> into, and says so on src', async () => {
    const fetched = await fetchEventSource(fixture('wordpress.jsonld'), PAGE, visitorClock());
    expect(fetched.source.fields.name).to.equal('Pasted into WordPress');
    expect(fetched.source.problems!.map((p) => p.field)).to.deep.equal(['src']);
    const [problem] = fetched.source.problems!;
    // Quoted as served, cut to 80 characters.
    expect(problem!.value).to.equal(`${(await fixtureText('wordpress.jsonld')).slice(0, 77)}…`);
    expect(problem!.message).to.match(/<p> or <br> tags inserted/);
  });

  const notHttp = [
    'javascript:alert(1)',
    'JaVa\tScRiPt:alert(1)',
    'data:application/ld+json,{"@type":"Event","name":"Injected"}',
    'file:///etc/passwd',
  ];
  for (const src of notHttp) {
    it(`fetches nothing from ${JSON.stringify(src)}`, async () => {
      const fetched = await fetchEventSource(src, PAGE, visitorClock());
      // Had the data: address been fetched, its name would be here.
      expect(fetched.source.fields).to.deep.equal({});
      expect(fetched.source.problems).to.deep.equal([
        { field: 'src', value: src, message: 'is not an http(s) address; nothing is fetched' },
      ]);
      expect(fetched.source.baseUrl).to.equal(PAGE);
    });
  }

  it('rejects with the abort error once its signal aborts (the caller stopped it)', async () => {
    const abort = new AbortController();
    abort.abort();
    let caught: unknown = null;
    try {
      await fetchEventSource(fixture('event.jsonld'), PAGE, visitorClock(), abort.signal);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(DOMException);
    expect((caught as DOMException).name).to.equal('AbortError');
  });

  it("merges under the page's own sources: attributes win over src", async () => {
    const fetched = await fetchEventSource(fixture('event.jsonld'), PAGE, visitorClock());
    const event = buildEvent([
      fetched.source,
      { fields: { name: 'Partner title', status: 'cancelled' }, baseUrl: PAGE },
    ]);
    expect(event.name).to.equal('Partner title');
    expect(event.status).to.equal('cancelled');
    expect(event.start!.epochMs).to.equal(Date.UTC(2023, 6, 6, 14, 0));
  });
});

describe('estimateSkew', () => {
  // The server stamped "Thu, 06 Jul 2023 14:00:00 GMT": its clock read between 14:00:00.000 and 14:00:00.999.
  const HEADER = 'Thu, 06 Jul 2023 14:00:00 GMT';
  const SERVER = Date.UTC(2023, 6, 6, 14, 0, 0); // 1688652000000
  const MIDDLE = SERVER + 500; // the middle of the second the header names

  const cases: Array<[string, number, number, number]> = [
    // what, sentAt, receivedAt, expected skew (ms)
    ['a clock that agrees', MIDDLE - 100, MIDDLE + 100, 0],
    ['a slow round trip alone', MIDDLE - 3_000, MIDDLE + 3_000, 0],
    ['1.9 s fast (noise: the header has whole seconds)', MIDDLE + 1_900, MIDDLE + 1_900, 0],
    ['1.9 s slow (noise)', MIDDLE - 1_900, MIDDLE - 1_900, 0],
    ['2 s fast (no longer noise)', MIDDLE + 2_000, MIDDLE + 2_000, 2_000],
    ['five minutes fast', MIDDLE + 300_000 - 250, MIDDLE + 300_000 + 250, 300_000],
    ['five minutes slow', MIDDLE - 300_000 - 250, MIDDLE - 300_000 + 250, -300_000],
    ['an hour fast (a wrong zone setting)', MIDDLE + 3_600_000, MIDDLE + 3_600_000, 3_600_000],
  ];
  for (const [what, sentAt, receivedAt, skew] of cases) {
    it(`gives ${skew} ms for ${what}`, () => {
      expect(estimateSkew(HEADER, sentAt, receivedAt)).to.equal(skew);
    });
  }

  it("adds the time a cache held the response (Age) to the server's Date", () => {
    // A CDN answered with the origin's Date and Age: 600, so the server's clock read 14:10:00.5.
    expect(estimateSkew(HEADER, MIDDLE + 600_000, MIDDLE + 600_000, '600')).to.equal(0);
    expect(estimateSkew(HEADER, MIDDLE + 900_000, MIDDLE + 900_000, '600')).to.equal(300_000);
    // An Age that is not a number of seconds makes the header untrustworthy: no correction.
    expect(estimateSkew(HEADER, MIDDLE + 900_000, MIDDLE + 900_000, 'soon')).to.equal(0);
  });

  it('gives 0 without a usable header', () => {
    for (const header of [null, '', 'yesterday', 'Thu, 32 Jul 2023 25:00:00 GMT']) {
      expect(estimateSkew(header, MIDDLE + 300_000, MIDDLE + 300_000), String(header)).to.equal(0);
    }
  });
});
