// Client modules of the site (docusaurus.config.ts `clientModules`).
import './service-worker';
import './prefetch';
import './print';
import './client.css';
