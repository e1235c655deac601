// A host page for an embedded FOIP Atlas map: each slide sends the map a command.
// The map's address can be changed with ?map=<url> (for testing another origin).
const slides = [
  { title: 'The three focus areas', notes: 'Everything, framed on the Indo-Pacific.', command: { type: 'foip:set-query', query: '' } },
  {
    title: 'Security',
    notes: 'Focus area 3: OSA, maritime domain awareness, coast guards, cyber.',
    command: { type: 'foip:set-query', query: 'pillar=3' },
  },
  {
    title: 'The Philippines',
    notes: 'Security initiatives hosted in the Philippines.',
    command: { type: 'foip:set-query', query: 'pillar=3&country=PHL' },
  },
  { title: 'Palau International Airport', notes: 'Fly to the site.', command: { type: 'foip:fly-to', lng: 134.54, lat: 7.37, zoom: 7 } },
  {
    title: 'A guided tour',
    notes: 'The map runs its built-in tour of the Pacific islands; Next slide steps it.',
    command: { type: 'foip:tour', action: 'start', id: 'pacific-islands' },
  },
];

const params = new URLSearchParams(location.search);
const mapUrl = new URL(params.get('map') ?? './?embed=1', location.href);
const frame = document.getElementById('map');
frame.src = mapUrl.href;
const log = document.getElementById('log');
let index = 0;
let touring = false;

function send(message) {
  frame.contentWindow.postMessage(message, mapUrl.origin);
}

function show(i) {
  index = Math.max(0, Math.min(slides.length - 1, i));
  const slide = slides[index];
  document.getElementById('slide-number').textContent = `Slide ${index + 1} of ${slides.length}`;
  document.getElementById('slide-title').textContent = slide.title;
  document.getElementById('slide-notes').textContent = slide.notes;
  touring = slide.command.type === 'foip:tour';
  send(slide.command);
}

function next() {
  if (touring) send({ type: 'foip:tour', action: 'next' });
  else show(index + 1);
}

window.addEventListener('message', (event) => {
  if (event.origin !== mapUrl.origin || event.source !== frame.contentWindow) return;
  log.textContent += `${JSON.stringify(event.data)}\n`;
  log.scrollTop = log.scrollHeight;
  if (event.data && event.data.type === 'foip:ready') show(index);
});

document.getElementById('next').addEventListener('click', next);
document.getElementById('previous').addEventListener('click', () => show(index - 1));
document.getElementById('garbage').addEventListener('click', () => {
  for (const junk of [null, 'hello', { type: 'foip:fly-to', lng: 'far' }, { type: 'foip:tour', action: 'explode' }, [1, 2, 3]]) send(junk);
});
window.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowRight' || event.key === 'PageDown') next();
  if (event.key === 'ArrowLeft' || event.key === 'PageUp') show(index - 1);
});
