/**
 * Hands a file to the user. On a phone the share sheet is the way to "save to Files", mail it to
 * yourself or put it in a cloud drive; elsewhere a plain download is what people expect.
 */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Touch-first devices: desktop browsers can share files too, but a download is better there. */
function isPhoneLike(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

function canShareFile(file: File): boolean {
  return (
    isPhoneLike() &&
    typeof navigator.canShare === 'function' &&
    typeof navigator.share === 'function' &&
    navigator.canShare({ files: [file] })
  );
}

export async function shareOrDownload(file: File): Promise<ShareOutcome> {
  if (canShareFile(file)) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError: building the file took long enough for the tap's permission to lapse.
      // Any other refusal: a download still gets the file out.
    }
  }
  download(file);
  return 'downloaded';
}

function download(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
