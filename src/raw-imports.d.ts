/** Vite's `?raw` imports: the file's text (used for the article stylesheet the server inlines). */
declare module '*?raw' {
  const text: string;
  export default text;
}
