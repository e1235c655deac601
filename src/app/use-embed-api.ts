/**
 * The embed API in the page: host messages are validated (origin allowlist, schema),
 * counted when ignored, and turned into state changes; events go back to the host.
 * The tallies are on <html data-foip-messages> for the host page's developer.
 */
import { useEffect, useEffectEvent, useRef } from 'react';
import type { AppState, View } from '../state/app-state.ts';
import {
  NO_MESSAGES,
  PROTOCOL_VERSION,
  readHostMessage,
  tally,
  type HostMessage,
  type MapEvent,
  type MessageTally,
} from '../state/messages.ts';
import type { TourAction } from '../state/tour.ts';
import { parseUrl, serializeUrl, type UrlContext } from '../state/url.ts';

export interface EmbedHandlers {
  readonly setState: (update: (s: AppState) => AppState) => void;
  readonly fly: (view: View) => void;
  readonly startTour: (id: string) => void;
  readonly tourAction: (action: TourAction) => void;
}

export function useEmbedApi(state: AppState, context: UrlContext, tourIds: readonly string[], handlers: EmbedHandlers): void {
  const { embed, origins } = state;
  const counts = useRef<MessageTally>(NO_MESSAGES);

  // Effect events: they read the latest origins and handlers without restarting the listeners.
  const post = useEffectEvent((event: MapEvent) => {
    if (window.parent === window) return;
    // Posted once per allowed origin: a targetOrigin that is not the parent's makes the browser
    // drop the message, so nothing reaches a page that is not allowed. (A file:// page has no origin.)
    const targets = window.location.origin === 'null' ? ['*'] : [window.location.origin, ...origins];
    for (const origin of targets) window.parent.postMessage(event, origin);
  });
  const onHostMessage = useEffectEvent((message: HostMessage) => apply(message, context, handlers));

  useEffect(() => {
    if (!embed) return;
    const onMessage = (event: MessageEvent) => {
      const result = readHostMessage(event.origin, event.data, window.location.origin, origins);
      counts.current = tally(counts.current, result);
      document.documentElement.dataset['foipMessages'] = JSON.stringify(counts.current);
      if (result.ok) onHostMessage(result.value);
    };
    window.addEventListener('message', onMessage);
    post({ type: 'foip:ready', version: PROTOCOL_VERSION, tours: tourIds });
    return () => window.removeEventListener('message', onMessage);
  }, [embed, origins, tourIds]);

  useEffect(() => {
    if (embed) post({ type: 'foip:selection-changed', id: state.selected });
  }, [embed, state.selected]);

  const query = serializeUrl({ ...state, view: null, embed: false, origins: [] });
  useEffect(() => {
    if (embed) post({ type: 'foip:state-changed', query });
  }, [embed, query]);
}

function apply(message: HostMessage, context: UrlContext, handlers: EmbedHandlers): void {
  switch (message.type) {
    case 'foip:set-query': {
      const { state } = parseUrl(`?${message.query}`, context);
      handlers.setState((s) => ({ ...s, filters: state.filters, selected: state.selected, layers: state.layers, tour: null }));
      return;
    }
    case 'foip:select':
      handlers.setState((s) => ({ ...s, selected: message.id !== null && context.isKnownId(message.id) ? message.id : null }));
      return;
    case 'foip:fly-to':
      handlers.fly({ lng: message.lng, lat: message.lat, zoom: message.zoom });
      return;
    case 'foip:tour':
      if (message.action === 'start') handlers.startTour(message.id);
      else handlers.tourAction(message.action === 'stop' ? 'exit' : message.action);
      return;
  }
}
