/**
 * "Embed" in the page's toolbar. The button comes with the page; the dialog that builds the
 * snippet (embed-dialog-body.tsx, about 1 KiB gzip) loads on the first click, as a chunk of its
 * own, and opens once it is here. A chunk that does not arrive leaves a message beside the
 * button, whose "Try again" fetches it again.
 */
import { Suspense, use, useState } from 'react';
import { useScenarioStore } from '../store/scenario-store';
import type { EmbedRequest } from './embed-dialog-body';
import { retryingImport } from '../app/retry-import';
import { SectionLoadError } from './retryable-lazy';
import { SectionBoundary } from './section-boundary';

type Body = typeof import('./embed-dialog-body');

let body: Body | null = null;
let loading: Promise<Body> | null = null;
// After a failure, the next try asks at a new address (app/retry-import.ts).
const importBody = retryingImport(() => import('./embed-dialog-body'));

export function loadEmbedDialog(): Promise<Body> {
  loading ??= importBody().then(
    (module) => (body = module),
    (error: unknown) => {
      loading = null;
      throw new SectionLoadError(String(error), { cause: error });
    },
  );
  return loading;
}

/** The dialog, at once when its code is here, else once it has arrived. */
function LoadedDialog({ request }: { readonly request: EmbedRequest }) {
  const loaded = body ?? use(loadEmbedDialog());
  return <loaded.EmbedDialogBody request={request} />;
}

export function EmbedDialog() {
  // The last press of the button, with the scenario as it was then: each press opens the dialog.
  const [request, setRequest] = useState<EmbedRequest | null>(null);
  const open = () => {
    const { scenario, ranges, sampling, pins, compare } = useScenarioStore.getState();
    setRequest({
      id: (request?.id ?? 0) + 1,
      opened: { scenario, ranges, sampling, pins, compare },
    });
  };
  return (
    <>
      <button type="button" className="button" onClick={open}>
        Embed
      </button>
      {request ? (
        <SectionBoundary name="The embed dialog">
          <Suspense fallback={null}>
            <LoadedDialog request={request} />
          </Suspense>
        </SectionBoundary>
      ) : null}
    </>
  );
}
