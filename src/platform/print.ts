/** Open the browser's print dialog (the physio report). Behind platform/ like every browser API. */
export function printPage(): void {
  window.print();
}
