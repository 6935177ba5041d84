// Whole days and whole meals, written the way people write them (first part).
import { B, D, Dn, L, P, S, dish, dp, f, fp } from "./expect";
import { ALMONDS, APPLE, APPLE_JUICE, AVOCADO, BABY_CARROTS, BACON, BAGEL, BAKED_BEANS, BAKED_POTATO, BANANA, BLACK_BEANS, BLACK_EYED_PEAS, BLUEBERRIES, BLUEBERRY_MUFFIN, BOILED_POTATO, BOK_CHOY_COOKED, BREAD, BROCCOLI_COOKED, BROWN_RICE_COOKED, BUTTER, CARROTS, CHEDDAR, CHICKEN, CHICKEN_BREAST, CHICKEN_DRUMSTICK, CHICKEN_THIGH, CHICKPEAS, COD, COFFEE, COLA, CORN_TORTILLA, COTTAGE, COUSCOUS_COOKED, CRACKERS, CREAM_CHEESE, CROISSANT, CUCUMBER, type Case, EGG_BOILED, EGG_FRIED, EGG_POACHED, EGG_RAW, EGG_SCRAMBLED, EGG_WHITE, FALAFEL, FETA, FRIES, GREEK_PLAIN, GREEN_BEANS, GREEN_BEANS_COOKED, GREEN_TEA, HUMMUS, KIMCHI, LAMB, LEMON_LIME, LENTILS, MAC_AND_CHEESE, MASHED_POTATO, MEDJOOL, MILK, NAAN, OATMEAL_COOKED, OATS_DRY, OJ, OKRA_COOKED, OLIVE_OIL, ORANGE, OREO, PASTA_COOKED, PEACH, PEANUT_BUTTER, PEAR, PEAS, PINTO_BEANS, PITA, PLAIN_YOGURT, PLANTAIN_COOKED, PORK_CHOP, POTATO_CHIPS, QUINOA_COOKED, RED_WINE, REFRIED_BEANS, ROTI, SALAD_GREENS, SALMON, SALSA, SAUSAGE, SHRIMP, SIRLOIN, SKIM, SOBA_COOKED, SOY_MILK, SPINACH_COOKED, SPINACH_RAW, STRAWBERRIES, SWEET_POTATO, SYRUP, TEA, TOFU_FIRM, TOMATO, TOMATO_SAUCE, TUNA_CANNED, WAFFLES, WHITE_BREAD, WHITE_RICE_COOKED, WW_BREAD, YAM_COOKED, YOGURT } from "./foods";

export const DAYS_1: Case[] = [
  {
    who: "UK student",
    text: "Breakfast: porridge with milk. A banana.\nLunch: tuna sandwich and an apple.\nDinner - 2 pork chops, some rice, peas.\nSnack: yogurt",
    expect: [
      dp(/porridge|oat/i, D.porridgeWithMilk, B), fp(BANANA, P.banana, B),
      dp(/sandwich/i, D.sandwich, L), fp(APPLE, P.apple, L),
      fp(PORK_CHOP, P.porkChop2, Dn), fp(WHITE_RICE_COOKED, P.rice, Dn), fp(PEAS, P.peas, Dn),
      fp(YOGURT, P.yogurt, S),
    ],
  },
  {
    who: "British pensioner",
    text: "breakfast - 2 slices of toast with butter and a cup of tea with milk\nlunch - a jacket potato and baked beans\ndinner - cod fillet, boiled potatoes and peas",
    expect: [
      fp(BREAD, P.toast2, B), fp(BUTTER, P.butterSpread, B), fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B),
      f(BAKED_POTATO, 150, 320, L), f(BAKED_BEANS, 120, 260, L), // beans: 1/2 to 1 cup (cup 254 g)
      fp(COD, P.codFillet, Dn), f(BOILED_POTATO, 130, 350, Dn), fp(PEAS, P.peas, Dn),
    ],
  },
  {
    who: "marathon runner",
    text: "Breakfast: 3 scrambled eggs, 2 slices whole-wheat toast, a glass of OJ\nLunch: 200g chicken breast, 1 cup brown rice, 1 cup steamed broccoli\nSnack: 2 bananas and 2 tbsp peanut butter\nDinner: 6 oz salmon, a medium sweet potato, 2 cups spinach",
    expect: [
      f([...EGG_SCRAMBLED, ...EGG_RAW], 135, 205, B), // 3 x 61 g scrambled (3 x 50 g raw)
      f(WW_BREAD, 45, 70, B), f(OJ, 200, 300, B),
      f(CHICKEN_BREAST, 180, 220, L), f(BROWN_RICE_COOKED, 175, 222, L), f(BROCCOLI_COOKED, 140, 172, L),
      f(BANANA, 200, 280, S), f(PEANUT_BUTTER, 29, 36, S),
      f(SALMON, 153, 187, Dn), f(SWEET_POTATO, 100, 170, Dn), f(SPINACH_RAW, 54, 66, Dn), // 2 x 30 g
    ],
  },
  {
    who: "vegan",
    text: "breakfast: 1/2 cup rolled oats, dry; 1 cup soy milk; 1/2 cup blueberries\nlunch: 1 cup chickpeas, 2 cups mixed greens, 1/4 cup hummus and a pita\ndinner: 100 g firm tofu, 1 cup quinoa, 1 cup cooked green beans\nsnack: a handful of almonds",
    expect: [
      f(OATS_DRY, 36, 45, B), f(SOY_MILK, 219, 267, B), f(BLUEBERRIES, 67, 81, B), // 74 g
      f(CHICKPEAS, 137, 180, L), f(SALAD_GREENS, 50, 120, L), f(HUMMUS, 55, 68, L), f(PITA, 54, 70, L),
      f(TOFU_FIRM, 90, 110, Dn), f(QUINOA_COOKED, 166, 204, Dn), f(GREEN_BEANS_COOKED, 112, 138, Dn),
      f(ALMONDS, 20, 40, S),
    ],
  },
  {
    who: "Punjabi grandmother",
    text: "Breakfast: 2 rotis, a cup of plain yogurt and tea with milk\nLunch: 1 cup red lentils, cooked, with 1 cup white rice\nDinner: 2 chicken thighs, 1 cup cooked spinach, a naan",
    expect: [
      f(ROTI, 80, 140, B), f(PLAIN_YOGURT, 220, 270, B), fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B),
      f(LENTILS, 178, 218, L), f(WHITE_RICE_COOKED, 142, 205, L), // cup 158-186 g
      f(CHICKEN_THIGH, 170, 280, Dn), f(SPINACH_COOKED, 162, 198, Dn), f(NAAN, 80, 115, Dn),
    ],
  },
  {
    who: "Korean student",
    text: "breakfast: 2 boiled eggs and a cup of soy milk\nlunch: a bowl of white rice, kimchi, 1 cup cooked bok choy\ndinner: 6 pieces of salmon sushi and a bowl of miso soup\nsnack: an orange",
    expect: [
      f(EGG_BOILED, 90, 115, B), f(SOY_MILK, 219, 267, B),
      fp(WHITE_RICE_COOKED, P.bowlRice, L), f(KIMCHI, 30, 150, L), f(BOK_CHOY_COOKED, 153, 187, L),
      dp(/sushi/i, D.sushi6, Dn), dish(/miso|soup/i, 180, 400, Dn),
      fp(ORANGE, P.orange, S),
    ],
  },
  {
    who: "Mexican-American nurse",
    text: "Breakfast: 2 corn tortillas, 2 fried eggs and 1/2 cup refried beans\nLunch: 2 chicken tacos and a coke\nDinner: a cup of pinto beans, a cup of white rice, half an avocado",
    expect: [
      f(CORN_TORTILLA, 43, 57, B), f(EGG_FRIED, 80, 110, B), f(REFRIED_BEANS, 104, 133, B),
      dish(/taco/i, 140, 300, L), fp(COLA, P.can, L),
      f(PINTO_BEANS, 154, 188, Dn), f(WHITE_RICE_COOKED, 142, 205, Dn), f(AVOCADO, 60, 115, Dn),
    ],
  },
  {
    who: "Lebanese dad",
    text: "Breakfast: a pita, 1 oz feta, a tomato and a cucumber\nLunch: 3 falafel, 1/4 cup hummus, another pita\nDinner: 4 oz grilled lamb with 1 cup couscous\nSnack: 3 medjool dates",
    expect: [
      f(PITA, 54, 70, B), f(FETA, 25.5, 31.2, B), f(TOMATO, 90, 150, B),
      f(CUCUMBER, 90, 330, B), // SR28: 1 cucumber (8-1/4") 301 g; Middle-Eastern cucumbers are ~100 g
      f(FALAFEL, 45, 57, L), f(HUMMUS, 55, 68, L), f(PITA, 54, 70, L),
      f(LAMB, 102, 125, Dn), f(COUSCOUS_COOKED, 141, 173, Dn),
      f(MEDJOOL, 65, 80, S),
    ],
  },
  {
    who: "Italian nonna",
    text: "Breakfast: a cappuccino and a croissant\nLunch: spaghetti with tomato sauce, a green salad, a glass of red wine\nDinner: a slice of lasagna\nSnack: a peach",
    expect: [
      dp(/cappuccino/i, D.cappuccino, B), f(CROISSANT, 50, 65, B),
      dp(/spaghetti/i, D.spaghettiSauce, L), dp(/salad/i, D.sideSalad, L), fp(RED_WINE, P.wineGlass, L),
      dp(/lasagna/i, D.lasagna, Dn),
      f(PEACH, 130, 175, S),
    ],
  },
  {
    who: "Nigerian engineer",
    text: "Breakfast: fried plantain, 1 cup, and 2 boiled eggs\nLunch: 1 cup black-eyed peas with a cup of white rice\nDinner: a chicken drumstick, 1 cup boiled yam and 1 cup cooked okra",
    expect: [
      f(PLANTAIN_COOKED, 106, 186, B), f(EGG_BOILED, 90, 115, B), // fried cup 118-169 g
      f(BLACK_EYED_PEAS, 154, 188, L), f(WHITE_RICE_COOKED, 142, 205, L),
      f(CHICKEN_DRUMSTICK, 45, 115, Dn), f(YAM_COOKED, 122, 150, Dn), f(OKRA_COOKED, 144, 176, Dn), // yam cup 136 g
    ],
  },
  {
    who: "night-shift nurse",
    text: "Before my shift: a bowl of cereal with milk and a coffee\nOn break at 2am: a turkey sandwich, a bag of chips and a coke\nWhen I got home: 2 eggs, scrambled, and a slice of toast",
    expect: [
      dp(/cereal/i, D.cerealWithMilk), fp(COFFEE, P.coffee),
      dp(/sandwich/i, D.sandwich), f(POTATO_CHIPS, 23, 50), fp(COLA, P.can),
      f([...EGG_SCRAMBLED, ...EGG_RAW], 100, 140), fp(BREAD, P.toast1),
    ],
  },
  {
    who: "dieter on 1,500 kcal",
    text: "Breakfast - a pot of greek yogurt, 1 cup strawberries\nLunch - 2 cups mixed salad greens, 3 oz grilled chicken, 1 tbsp olive oil\nDinner - a cod fillet, 1 cup steamed broccoli, 1/2 cup brown rice\nSnack - 10 baby carrots",
    expect: [
      f(GREEK_PLAIN, 140, 220, B), f(STRAWBERRIES, 130, 183, B),
      f(SALAD_GREENS, 50, 120, L), f(CHICKEN, 76, 94, L), f(OLIVE_OIL, 12.1, 14.9, L),
      fp(COD, P.codFillet, Dn), f(BROCCOLI_COOKED, 140, 172, Dn), f(BROWN_RICE_COOKED, 88, 111, Dn),
      f(BABY_CARROTS, 90, 110, S),
    ],
  },
  {
    who: "mum of three",
    text: "breakfast was just coffee with a splash of milk and a banana. lunch: leftover mac and cheese. dinner was spaghetti with meat sauce and a side salad, then a glass of red wine",
    expect: [
      fp(COFFEE, P.coffee, B), f(MILK, 20, 45, B), fp(BANANA, P.banana, B),
      f(MAC_AND_CHEESE, 130, 300, L),
      dp(/spaghetti/i, D.spaghettiSauce, Dn), dp(/salad/i, D.sideSalad, Dn), fp(RED_WINE, P.wineGlass, Dn),
    ],
  },
  {
    who: "teen basketball player",
    text: "for breakfast I had 2 cups of cheerios with milk and a glass of OJ, for lunch I had 2 slices of pepperoni pizza and an apple, and dinner was a cheeseburger and a glass of milk",
    expect: [
      dish(/cereal|cheerios/i, 200, 380, B), f(OJ, 200, 300, B), // 2 x 28 g cereal + ~1 cup milk
      dish(/pizza/i, 170, 360, L), fp(APPLE, P.apple, L),
      dp(/burger/i, D.burger, Dn), fp(MILK, P.glassMilk, Dn),
    ],
  },
  {
    who: "retired man, 80",
    text: "Morning: a boiled egg, a slice of white toast with butter, tea with milk\nMidday: a bowl of chicken noodle soup and 2 crackers\nEvening: a pork chop, mashed potatoes, carrots\nBedtime: a glass of warm milk",
    expect: [
      f(EGG_BOILED, 45, 58, B), f(WHITE_BREAD, 20, 35, B), fp(BUTTER, P.butterSpread, B), fp(TEA, P.tea, B),
      fp(MILK, P.splashMilk, B),
      dp(/soup/i, D.soupBowl), f(CRACKERS, 5, 15), // 2 crackers, 3-6 g each
      fp(PORK_CHOP, P.porkChop1), f(MASHED_POTATO, 100, 250), f(CARROTS, 40, 160),
      fp(MILK, P.glassMilk),
    ],
  },
  {
    who: "vegetarian student",
    text: "Breakfast: a plain bagel with 2 tbsp cream cheese, a glass of OJ\nLunch: a bean and cheese burrito\nDinner: 1 cup cooked lentils, 1 cup brown rice, a cup of steamed broccoli\nSnack: 1 oz cheddar and an apple",
    expect: [
      f(BAGEL, 90, 120, B), f(CREAM_CHEESE, 26, 40, B), f(OJ, 200, 300, B), // 2 x 14.5 g
      dp(/burrito/i, D.burrito, L),
      f(LENTILS, 178, 218, Dn), f(BROWN_RICE_COOKED, 175, 222, Dn), f(BROCCOLI_COOKED, 140, 172, Dn),
      f(CHEDDAR, 25.5, 31.2, S), fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "Tokyo office worker",
    text: "Breakfast: a bowl of white rice, miso soup, a poached egg\nLunch: 1 cup cooked soba noodles and 3 oz grilled salmon\nDinner: chicken stir-fry and a bowl of white rice\nSnack: a cup of green tea",
    expect: [
      fp(WHITE_RICE_COOKED, P.bowlRice, B), dish(/miso|soup/i, 180, 400, B), f(EGG_POACHED, 45, 55, B),
      f(SOBA_COOKED, 103, 125, L), f(SALMON, 76, 94, L), // soba cup 114 g
      dp(/stir/i, D.stirFry, Dn), fp(WHITE_RICE_COOKED, P.bowlRice, Dn),
      f(GREEN_TEA, 213, 265, S),
    ],
  },
  {
    who: "warehouse shift worker",
    text: "- 6am: coffee, black\n- 10am: a blueberry muffin\n- 1pm: a can of tuna, drained, 2 slices of whole-wheat bread, an apple\n- 7pm: 2 cups of pasta, 1/2 cup tomato sauce",
    expect: [
      fp(COFFEE, P.coffee), f(BLUEBERRY_MUFFIN, 55, 140),
      f(TUNA_CANNED, 148, 196), f(WW_BREAD, 45, 70), fp(APPLE, P.apple),
      f(PASTA_COOKED, 193, 332), f(TOMATO_SAUCE, 110, 145),
    ],
  },
  {
    who: "care-home resident",
    text: "Breakfast\n1 boiled egg\n1 slice whole-wheat toast\n1/2 cup orange juice\n\nLunch\n1 cup vegetable soup\n\nDinner\n3 oz roast chicken\n1/2 cup mashed potatoes\n1/2 cup green beans\n1 glass of milk",
    expect: [
      f(EGG_BOILED, 45, 58, B), f(WW_BREAD, 22, 36, B), f(OJ, 112, 137, B), // 1/2 cup 124 g
      dish(/soup/i, 215, 275, L),
      f(CHICKEN, 76, 94, Dn), f(MASHED_POTATO, 94, 116, Dn), f(GREEN_BEANS, 45, 69, Dn), // 105 g; 50-62.5 g
      fp(MILK, P.glassMilk, Dn),
    ],
  },
  {
    who: "bodybuilder",
    text: "meal 1: 6 egg whites and 1 cup oatmeal\nmeal 2: 200g chicken breast, 1 cup white rice\nmeal 3: 8 oz sirloin steak, a medium baked potato, 1 cup steamed broccoli\nbefore bed: 1 cup cottage cheese",
    expect: [
      f(EGG_WHITE, 178, 218), f(OATMEAL_COOKED, 210, 258), // 6 x 33 g; cup 234 g
      f(CHICKEN_BREAST, 180, 220), f(WHITE_RICE_COOKED, 142, 205),
      f(SIRLOIN, 204, 250), f(BAKED_POTATO, 150, 190), f(BROCCOLI_COOKED, 140, 172),
      f(COTTAGE, 190, 250), // cup 210-226 g
    ],
  },
  {
    who: "Ghanaian student",
    text: "Breakfast: tea with milk, 2 slices of white bread with butter\nLunch: 1 cup white rice, 1 cup black-eyed peas, 1 cup fried plantain\nDinner: a bowl of okra soup and a chicken drumstick",
    expect: [
      fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B), f(WHITE_BREAD, 45, 64, B), fp(BUTTER, P.butterSpread, B),
      f(WHITE_RICE_COOKED, 142, 205, L), f(BLACK_EYED_PEAS, 154, 188, L), f(PLANTAIN_COOKED, 106, 186, L),
      dp(/soup/i, D.soupBowl, Dn), f(CHICKEN_DRUMSTICK, 45, 115, Dn),
    ],
  },
  {
    who: "Cantonese grandfather",
    text: "breakfast: a cup of soy milk and a boiled egg\nlunch: a bowl of white rice, 1 cup cooked bok choy, 3 oz shrimp\ndinner: 4 oz tofu, 1 cup cooked spinach, a bowl of rice\nsnack: an orange",
    expect: [
      f(SOY_MILK, 219, 267, B), f(EGG_BOILED, 45, 58, B),
      fp(WHITE_RICE_COOKED, P.bowlRice, L), f(BOK_CHOY_COOKED, 153, 187, L), f(SHRIMP, 76, 94, L),
      f([...TOFU_FIRM, "16127", "16427"], 102, 125, Dn), f(SPINACH_COOKED, 162, 198, Dn),
      fp(WHITE_RICE_COOKED, P.bowlRice, Dn),
      fp(ORANGE, P.orange, S),
    ],
  },
  {
    who: "vegan runner",
    text: "Breakfast: a smoothie with banana, spinach and almond milk\nLunch: a cup of black beans, a cup of brown rice, salsa\nDinner: 1 cup quinoa, 1 cup roasted sweet potato\nSnack: 2 tbsp peanut butter and an apple",
    expect: [
      dp(/smoothie/i, D.smoothie, B),
      f(BLACK_BEANS, 155, 190, L), f(BROWN_RICE_COOKED, 175, 222, L), f(SALSA, 15, 70, L), // 2 tbsp 36 g .. 1/4 cup
      f(QUINOA_COOKED, 166, 204, Dn), f(["11508", "11875"], 180, 220, Dn), // baked sweet potato cup 200 g
      f(PEANUT_BUTTER, 29, 36, S), fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "college student",
    text: "had a coke and a slice of pepperoni pizza for lunch then a bag of chips and later for dinner 2 chicken tacos and a sprite",
    expect: [
      fp(COLA, P.can, L), dp(/pizza/i, D.pizzaSlice, L),
      f(POTATO_CHIPS, 23, 50),
      dish(/taco/i, 140, 300, Dn), fp(LEMON_LIME, P.can, Dn),
    ],
  },
  {
    who: "older man with type 2 diabetes",
    text: "Breakfast: 1 cup oatmeal, 1/2 cup skim milk, 1/2 cup blueberries\nLunch: a turkey sandwich on whole-wheat bread and a pear\nDinner: 4 oz baked cod, 1 cup cooked green beans, a small baked potato\nSnack: 1/2 cup cottage cheese",
    expect: [
      f(OATMEAL_COOKED, 210, 258, B), f(SKIM, 110, 135, B), f(BLUEBERRIES, 67, 81, B), // 234 g; 122.5 g; 74 g
      dp(/sandwich/i, D.sandwich, L), f(PEAR, 145, 210, L),
      f(COD, 102, 125, Dn), f(GREEN_BEANS_COOKED, 112, 138, Dn), f(BAKED_POTATO, 124, 152, Dn), // small 138 g
      f(COTTAGE, 95, 125, S),
    ],
  },
  {
    who: "parent of two",
    text: "• Breakfast: 2 waffles with syrup, a glass of milk\n• Lunch: PB&J, an apple, a juice box\n• Dinner: spaghetti with meat sauce, a side salad\n• Snack: 2 oreos",
    expect: [
      f(WAFFLES, 60, 160, B), f(SYRUP, 15, 85, B), fp(MILK, P.glassMilk, B),
      dish(/pb|peanut|jelly|sandwich/i, 85, 150, L), fp(APPLE, P.apple, L),
      f([...APPLE_JUICE, ...OJ], 190, 275, L), // drink box 8.45 fl oz = 262-263 g
      dp(/spaghetti/i, D.spaghettiSauce, Dn), dp(/salad/i, D.sideSalad, Dn),
      f(OREO, 20, 27, S),
    ],
  },
  {
    who: "keto dieter",
    text: "breakfast: 3 fried eggs, 3 slices of bacon\nlunch: a cobb salad\ndinner: 8 oz sirloin steak and 1 cup steamed broccoli with butter",
    expect: [
      f(EGG_FRIED, 124, 152, B), f(BACON, 22, 36, B), // 3 x 46 g; 3 x 8-11.5 g
      dish(/salad/i, 200, 500, L),
      f(SIRLOIN, 204, 250, Dn), f(BROCCOLI_COOKED, 140, 172, Dn), fp(BUTTER, P.butterSpread, Dn),
    ],
  },
  {
    who: "Gujarati vegetarian",
    text: "Breakfast: a cup of tea with milk and 2 rotis\nLunch: 1 cup chickpeas, 1 cup white rice, 1 cup plain yogurt\nDinner: 2 rotis, 1 cup cooked okra, 1 cup cooked lentils\nSnack: a handful of almonds",
    expect: [
      fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B), f(ROTI, 80, 140, B),
      f(CHICKPEAS, 137, 180, L), f(WHITE_RICE_COOKED, 142, 205, L), f(PLAIN_YOGURT, 220, 270, L),
      f(ROTI, 80, 140, Dn), f(OKRA_COOKED, 144, 176, Dn), f(LENTILS, 178, 218, Dn),
      f(ALMONDS, 20, 40, S),
    ],
  },
  {
    // Britain: "chips" are french fries, "crisps" are potato chips, a rasher is a slice of bacon.
    who: "Yorkshire builder",
    text: "Breakfast: 2 sausages, 2 rashers of bacon, 2 fried eggs, half a tin of baked beans, a slice of toast and a mug of tea with milk\nLunch: a cheese sandwich and a bag of crisps\nDinner: a cod fillet and a portion of chips",
    expect: [
      f(SAUSAGE, 40, 120, B), f(BACON, 15, 50, B), f(EGG_FRIED, 80, 110, B),
      f(BAKED_BEANS, 170, 240, B), // UK tin 415 g -> ~207 g
      fp(BREAD, P.toast1, B), f(TEA, 230, 360, B), fp(MILK, P.splashMilk, B),
      dp(/sandwich/i, D.sandwich, L), f(POTATO_CHIPS, 23, 50, L),
      fp(COD, P.codFillet, Dn), f(FRIES, 100, 300, Dn),
    ],
  },
];
