// Emoji people type for foods ("🍌🍌 and 🥑 toast"): each food emoji is read as the words for its food, a run of the
// same emoji as that many ("🍌🍌" is 2 bananas). The words are ones the lexicon and the search already know.

/** Food and drink emoji (Unicode's "Food & Drink" group, and a few animals eaten as food) -> everyday words. */
const FOOD_EMOJI: Readonly<Record<string, string>> = {
  "🍇": "grapes", "🍈": "melon", "🍉": "watermelon", "🍊": "orange", "🍋": "lemon", "🍌": "banana", "🍍": "pineapple",
  "🥭": "mango", "🍎": "apple", "🍏": "green apple", "🍐": "pear", "🍑": "peach", "🍒": "cherries", "🍓": "strawberries",
  "🫐": "blueberries", "🥝": "kiwi", "🍅": "tomato", "🫒": "olives", "🥥": "coconut", "🥑": "avocado", "🍆": "eggplant",
  "🥔": "potato", "🥕": "carrot", "🌽": "corn", "🌶": "chili pepper", "🫑": "bell pepper", "🥒": "cucumber",
  "🥬": "lettuce", "🥦": "broccoli", "🧄": "garlic", "🧅": "onion", "🍄": "mushrooms", "🥜": "peanuts", "🫘": "beans",
  "🌰": "chestnuts", "🫚": "ginger", "🫛": "peas", "🍞": "bread", "🥐": "croissant", "🥖": "baguette", "🫓": "flatbread",
  "🥨": "pretzel", "🥯": "bagel", "🥞": "pancakes", "🧇": "waffle", "🧀": "cheese", "🍖": "meat", "🍗": "chicken",
  "🥩": "steak", "🥓": "bacon", "🍔": "hamburger", "🍟": "french fries", "🍕": "pizza", "🌭": "hot dog",
  "🥪": "sandwich", "🌮": "taco", "🌯": "burrito", "🫔": "tamale", "🥙": "pita", "🧆": "falafel", "🥚": "egg",
  "🍳": "fried egg", "🥘": "paella", "🍲": "stew", "🫕": "fondue", "🥣": "cereal", "🥗": "salad", "🍿": "popcorn",
  "🧈": "butter", "🧂": "salt", "🥫": "canned soup", "🍱": "bento", "🍘": "rice cracker", "🍙": "rice ball", "🍚": "rice",
  "🍛": "curry", "🍜": "noodle soup", "🍝": "spaghetti", "🍠": "sweet potato", "🍢": "oden", "🍣": "sushi",
  "🍤": "fried shrimp", "🍥": "fish cake", "🥮": "mooncake", "🍡": "dango", "🥟": "dumplings", "🥠": "fortune cookie",
  "🥡": "takeout", "🦀": "crab", "🦞": "lobster", "🦐": "shrimp", "🦑": "squid", "🦪": "oysters", "🐟": "fish",
  "🐠": "fish", "🐙": "octopus", "🍦": "ice cream", "🍧": "shaved ice", "🍨": "ice cream", "🍩": "doughnut",
  "🍪": "cookie", "🎂": "cake", "🍰": "cake", "🧁": "cupcake", "🥧": "pie", "🍫": "chocolate", "🍬": "candy",
  "🍭": "lollipop", "🍮": "custard", "🍯": "honey", "🍼": "bottle of milk", "🥛": "glass of milk", "☕": "coffee",
  "🫖": "tea", "🍵": "tea", "🍶": "sake", "🍾": "champagne", "🍷": "glass of wine", "🍸": "cocktail",
  "🍹": "cocktail", "🍺": "beer", "🍻": "beer", "🥂": "champagne", "🥃": "whiskey", "🥤": "soda",
  "🧋": "bubble tea", "🧃": "juice box", "🧉": "mate", "💧": "water", "🚰": "water",
};

/** One emoji: a pictograph with any variation selector, skin tone or joined parts ("🧑‍🍳"). */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/gu;

/** Whether the text holds an emoji. */
export const hasEmoji = (text: string): boolean => /\p{Extended_Pictographic}/u.test(text);

/** The food an emoji stands for, in words, or undefined for one that is no food ("😋", "👍"). */
export function emojiFood(emoji: string): string | undefined {
  return FOOD_EMOJI[emoji.replace(/[\uFE0F\u200D]|\p{Emoji_Modifier}/gu, "")];
}

/**
 * The text with each food emoji as its words and a run of the same one as a count ("🍌🍌 and 🥑 toast" ->
 * "2 banana and avocado toast"); other emoji are dropped, and listed in `unknown`.
 */
export function emojiToWords(text: string): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  // Beside the words for its own food, an emoji illustrates them ("chocolate milk 16oz 🥛", "coffee ☕ x2"): the
  // words say the food, and how much. Beside other words it names a food of its own ("🥑 toast").
  const said = new Set(text.toLowerCase().replace(new RegExp(EMOJI.source, "gu"), " ").split(/[^\p{L}]+/u));
  const illustrates = (words: string) => words.split(" ").some((word) => said.has(word));
  // A run of one emoji, spaces allowed between ("🍌 🍌"), is that many of its food.
  const replaced = text.replace(new RegExp(`(${EMOJI.source})(?:\\s*\\1)*`, "gu"), (run: string, one: string) => {
    const words = emojiFood(one);
    if (words === undefined) {
      unknown.push(run);
      return " ";
    }
    if (illustrates(words)) return " ";
    const count = run.match(EMOJI)?.length ?? 1;
    return count > 1 ? ` ${count} ${words} ` : ` ${words} `;
  });
  return { text: replaced.replace(/\s+/g, " ").trim(), unknown };
}
