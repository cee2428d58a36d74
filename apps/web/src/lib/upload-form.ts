import { applyAction, deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';

/**
 * A form action posted with its upload progress reported, for files sent over a slow phone network:
 * `onProgress` gets the share sent (0–1, or null when the size is unknown) and `done` when the answer
 * is in (or `done(false)` when the network failed before one came). The answer is applied as `use:enhance` applies it (errors shown, the page's data refreshed).
 */
export function uploadForm(
  node: HTMLFormElement,
  options: { onProgress: (sent: number | null) => void; done: (answered: boolean) => void },
) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', node.action);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-sveltekit-action', 'true');
    request.upload.onprogress = (e) => options.onProgress(e.lengthComputable ? e.loaded / e.total : null);
    request.onload = async () => {
      const result = deserialize(request.responseText);
      options.done(true);
      if (result.type === 'success') {
        node.reset();
        await invalidateAll();
      }
      await applyAction(result);
    };
    request.onerror = () => options.done(false);
    options.onProgress(0);
    request.send(new FormData(node, event.submitter));
  };
  node.addEventListener('submit', submit);
  return { destroy: () => node.removeEventListener('submit', submit) };
}
