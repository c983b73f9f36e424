/**
 * Monthly charts are wider than a phone and scroll sideways: open them on the latest months,
 * which is what a reader comes for, rather than on the oldest. Without JavaScript they open at
 * the start, and the table under them lists every month.
 */
for (const box of document.querySelectorAll<HTMLElement>('.chart-scroll')) box.scrollLeft = box.scrollWidth;
