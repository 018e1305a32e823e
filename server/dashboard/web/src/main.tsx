import { render } from 'preact';
import { App } from './components/App.js';
import { DashboardStore } from './store.js';

const store = new DashboardStore();
store.start();
// For tests and the curious: the live model is inspectable from the console.
(window as unknown as { kemu: DashboardStore }).kemu = store;
render(<App store={store} />, document.getElementById('app')!);
