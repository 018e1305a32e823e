import { useCallback, useState } from 'preact/hooks';
import type { PodView } from '../model.js';
import { useStoreVersion, type DashboardStore } from '../store.js';
import { Charts } from './Charts.js';
import { EventFeed } from './EventFeed.js';
import { NodeGrid } from './NodeGrid.js';
import { PodPanel } from './PodPanel.js';
import { Toasts, useToasts } from './Toasts.js';
import { TopBar } from './TopBar.js';

export function App({ store }: { store: DashboardStore }) {
  useStoreVersion(store);
  const model = store.model;
  const [chartNode, setChartNode] = useState<string | undefined>(undefined);
  const [nodeFilter, setNodeFilter] = useState<string | undefined>(undefined);
  const [pod, setPod] = useState<{ namespace: string; name: string } | undefined>(undefined);
  const toasts = useToasts();
  const selectPod = useCallback((p: PodView) => setPod({ namespace: p.namespace, name: p.name }), []);

  const focusNode = (name: string) => {
    setChartNode(name);
    setNodeFilter(name);
  };
  const currentPod = pod ? findPod(store, pod.namespace, pod.name) : undefined;

  return (
    <div class="app">
      <TopBar store={store} toast={toasts.push} />
      <main class="layout">
        <section class="pane nodes-pane">
          <NodeGrid model={model} onPod={selectPod} onFocusNode={focusNode} toast={toasts.push} />
        </section>
        <aside class="pane side-pane">
          <Charts model={model} node={chartNode} onNode={setChartNode} />
          <EventFeed model={model} node={nodeFilter} onClearNode={() => setNodeFilter(undefined)} onNode={focusNode} />
        </aside>
      </main>
      {pod && (
        <PodPanel pod={currentPod} name={`${pod.namespace}/${pod.name}`} model={model} onClose={() => setPod(undefined)} toast={toasts.push} />
      )}
      <Toasts toasts={toasts.list} onDismiss={toasts.dismiss} />
    </div>
  );
}

function findPod(store: DashboardStore, ns: string, name: string): PodView | undefined {
  const key = `${ns}/${name}`;
  for (const bucket of store.model.podsByNode.values()) {
    const p = bucket.get(key);
    if (p) return p;
  }
  return undefined;
}
