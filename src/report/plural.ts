/** "1 article", "2 articles", "1,000 articles". */
export const plural = (n: number, word: string, words = `${word}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? word : words}`;
