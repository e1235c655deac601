/** Yields to the page: a new task, after input and rendering waiting in the queue. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
