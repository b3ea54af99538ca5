/**
 * Says which parameters of an opened link (or import) were ignored or adjusted. role="status"
 * makes screen readers announce it without moving focus.
 */
import { scenarioActions } from '../store/scenario-store';
import { selectNotice, selectNoticeSource } from '../store/selectors';
import { useScenario } from '../store/use-store-while';

export function LinkNotice() {
  const notice = useScenario(selectNotice);
  const source = useScenario(selectNoticeSource);
  const dismiss = scenarioActions().dismissNotice;
  return (
    <div role="status" className={notice.length > 0 ? 'notice' : 'notice notice--empty'}>
      {notice.length > 0 ? (
        <>
          <p className="notice__title">
            Some values in this {source === 'file' ? 'file' : 'link'} were ignored or adjusted; the
            figures use safe values instead:
          </p>
          <ul className="notice__list">
            {notice.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button type="button" className="button button--small" onClick={dismiss}>
            Dismiss notice
          </button>
        </>
      ) : null}
    </div>
  );
}
