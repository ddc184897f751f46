// Docusaurus' router hooks, behind a local module so unit tests can replace them
// (`@docusaurus/router` is a build-time alias that Vitest cannot resolve).
export {useHistory, useLocation} from '@docusaurus/router';
