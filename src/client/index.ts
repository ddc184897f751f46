// Client modules of the site (docusaurus.config.ts `clientModules`).
import './service-worker';
import './prefetch';
import './print';
export {onRouteDidUpdate} from './runButton';
import './client.css';
