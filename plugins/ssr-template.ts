// The HTML template of every page (Docusaurus `ssrTemplate`). It is Docusaurus 3.10's own
// template with one change: the app's scripts are not `<script defer>` tags in <head>, which
// the browser downloads at once, in parallel with the render-blocking stylesheet. A small
// inline loader at the end of <body> requests them after the first paint instead, so on a
// slow connection the article and its styles get the whole bandwidth and show first; the
// scripts still run in order (async=false) and hydrate the page as before. A timer starts
// them if no frame is painted (a tab opened in the background does not paint).
// plugins/post-build-pipeline/route-scripts.ts adds the page's own route chunks to the list,
// so they download alongside main.js instead of after it has run.

/** Attribute of the loader's <script> that lists the URLs to load, separated by spaces. */
export const SCRIPTS_ATTRIBUTE = 'data-scripts';

/**
 * The inline loader. It reads its list from its own attribute, so that its text (and the
 * policy's hash of it) is the same on every page while the post-build step adds each page's
 * route chunks to the list. Kept ES5 and tiny: it runs in every page.
 */
export function scriptLoader(): string {
  return (
    `(function(){var u=document.currentScript.getAttribute('${SCRIPTS_ATTRIBUTE}').split(' '),d=0;function go(){if(d)return;d=1;` +
    `for(var i=0;i<u.length;i++){var s=document.createElement('script');s.src=u[i];s.async=false;document.body.appendChild(s)}}` +
    `requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,1500)})()`
  );
}

export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script ${SCRIPTS_ATTRIBUTE}="<%= it.scripts.map((script) => it.baseUrl + script).join(' ') %>">${scriptLoader()}</script>
  </body>
</html>
`;
