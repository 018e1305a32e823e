/**
 * The dashboard: a Preact single-page app (sources in web/, built by web/build.mjs into public/)
 * that reads the /events stream and acts through the Kubernetes API and kemu.dev clock API.
 */
export { dashboardPlugin, isServableName, PUBLIC_DIR, UI_PREFIX } from './plugin.js';
