// Style sheets a story imports for their effect: Vite puts them on the page.
declare module '*.css';
