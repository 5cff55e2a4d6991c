// Tabs, the health line, and the three views.
import { api } from './dom.js';
import { initRead } from './read.js';
import { initExplore, showExplore } from './explore.js';
import { initAlliances } from './alliances.js';

function show(view) {
  for (const tab of document.querySelectorAll('nav .tab')) tab.classList.toggle('active', tab.dataset.view === view);
  for (const section of document.querySelectorAll('.view')) section.classList.toggle('active', section.id === `view-${view}`);
  if (view === 'explore') showExplore();
  history.replaceState(null, '', `#${view}`);
}

initRead();
initExplore();
initAlliances();
for (const tab of document.querySelectorAll('nav .tab')) tab.addEventListener('click', () => show(tab.dataset.view));
const start = location.hash.slice(1);
if (['read', 'explore', 'alliances'].includes(start)) show(start);

api('/api/health')
  .then((health) => { document.getElementById('health').textContent = `${health.documents} documents, ${health.events} events in the store`; })
  .catch((error) => { document.getElementById('health').textContent = error.message; });
