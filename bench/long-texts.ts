// Texts for the quick add benchmarks (bench/parse.bench.ts in-process, bench/server.bench.ts over HTTP): three whole
// days of about 700 characters as different people type them, and quick add's worst cases at the 2,000-character
// limit, from a seed so every run reads the same texts.

export const DAYS: Record<string, string> = {
  "parent, labelled meals": `Breakfast: porridge made with milk, a banana and a spoonful of honey, then a mug of tea with a splash of milk.
Mid-morning snack - a handful of almonds and an apple.
Lunch: turkey sandwich on whole wheat bread, a small bag of crisps, a pot of strawberry yogurt and a glass of orange juice.
Afternoon: 2 digestive biscuits and a cup of coffee with milk.
Dinner was spaghetti bolognese with a side salad and grated parmesan, 2 glasses of red wine.
Before bed I had a slice of toast with butter and a cup of hot chocolate. Also about 2 litres of water through the day, an oat milk flat white at the station, 1 cup of grapes and 2 squares of dark chocolate. Sometimes a packet of peanuts and a diet coke at 4.`,
  "student, run-on": `for breakfast i had 2 eggs scrambled, 2 slices of toast with peanut butter and a large latte, then at lunch i grabbed a chicken caesar salad and a coke. snack was a granola bar and a banana. dinner was 2 pork chops with 1 cup of brown rice and steamed broccoli, and 1 cup milk, fat-free. later a bowl of ice cream and a handful of walnuts, plus 3 oz beef jerky and a bottle of sparkling water and 2 mandarins. i also drank a pint of beer with dinner and some green tea. at midnight a slice of pepperoni pizza, 1 cup of grapes and a glass of milk with 2 cookies.
sunday extra: 2 pancakes with maple syrup and 3 rashers of bacon and a cup of orange juice, then a clementine and 2 oatcakes with hummus.`,
  "vegetarian, list": `- morning: overnight oats with soy milk, chia seeds, blueberries
- 1 cup black beans, 1/2 cup quinoa, 1 avocado, salsa
- lunch: falafel wrap, hummus, carrot sticks, an orange, a cup of lentil soup and 1 slice of sourdough bread
- afternoon: a handful of cashews, 1 pear and 250 ml of kefir
- snack: 30 g dark chocolate, 2 kiwis, a cappuccino, 1 cup of edamame, 1 pear
- dinner: tofu stir-fry with rice, bok choy, mushrooms and soy sauce
- dessert: greek yogurt with honey and walnuts
- 2 cups mixed salad greens with olive oil and lemon juice; 1 glass of wine
- late: a cup of chamomile tea, 2 dates, a small handful of pumpkin seeds, 1 slice of rye bread with cheddar cheese and 1 tomato, sliced`,
};

const FOOD_WORDS = ["quinoa", "kale", "smoothie", "with", "oat", "milk", "and", "a", "handful", "of", "almonds", "toast", "2", "slices", "cup", "lentil", "soup", "blorp", "zzyzx"];

/** Makers of 2,000-character texts, by what they are; each call gives a new text from the same seeded sequence. */
export function worstCaseTexts(seed: number): Record<string, () => string> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const fill = (next: () => string) => {
    let text = "";
    while (text.length < 2000) text += next();
    return text.slice(0, 2000);
  };
  const days = Object.values(DAYS);
  const unknownWord = () => Math.floor(random() * 36 ** 6).toString(36);
  return {
    "the three days above, run together": () => fill(() => `${pick(days)}\n`),
    "food words, a comma every 5 words or so": () => fill(() => pick(FOOD_WORDS) + (random() < 0.2 ? ", " : " ")),
    "food words, no separator at all": () => fill(() => `${pick(FOOD_WORDS)} `),
    "a comma list of words no food has": () => fill(() => `${unknownWord()}, `),
    "one run of words no food has": () => fill(() => `${unknownWord()} `),
  };
}
