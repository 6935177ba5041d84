// Whole days and whole meals, written the way people write them (second part).
import { B, D, Dn, L, P, S, dish, dp, f, fp, missing } from "./expect";
import { ALMONDS, APPLE, AVOCADO, BABY_CARROTS, BAGEL, BAKED_POTATO, BANANA, BEER, BLACK_BEANS, BLUEBERRIES, BLUEBERRY_MUFFIN, BOILED_POTATO, BOK_CHOY_COOKED, BREAD, BROCCOLI, BROCCOLI_COOKED, BROWN_RICE_COOKED, BUTTER, CHEDDAR, CHICKEN, CHICKEN_BREAST, CHICKEN_DRUMSTICK, CHICKEN_THIGH, CHICKPEAS, COFFEE, COLA, CORN_COB, CORN_TORTILLA, CREAM_CHEESE, CROISSANT, type Case, DIET_COLA, EDAMAME, EGG_ANY, EGG_BOILED, EGG_FRIED, EGG_RAW, EGG_SCRAMBLED, ENGLISH_MUFFIN, ESPRESSO, FALAFEL, FETA, FLOUR_TORTILLA, GRANOLA, GRANOLA_BAR, GRAPES, GREEK_PLAIN, GREEN_BEANS, GREEN_BEANS_COOKED, GREEN_TEA, GROUND_BEEF, HAM, HUMMUS, ICE_CREAM, ITALIAN_BREAD, KIDNEY_BEANS, LAMB, LEMON_LIME, LOX, MAC_AND_CHEESE, MANGO, MASHED_POTATO, MEDJOOL, MILK, MILK_CHOCOLATE, OATS_DRY, OJ, OLIVE_OIL, PANCAKES, PARMESAN, PASTA_COOKED, PEANUT_BUTTER, PEAR, PEAS, PINTO_BEANS, PITA, PLAIN_YOGURT, PLANTAIN_COOKED, POPCORN, PORK_CHOP, POTATO_CHIPS, QUINOA_COOKED, RED_WINE, SALAD_GREENS, SALMON, SALSA, SAUSAGE, SHRIMP, SOBA_COOKED, SOY_MILK, SPINACH_COOKED, SWISS, SYRUP, TEA, TOFU_FIRM, TOMATO, TOMATO_SAUCE, TUNA_CANNED, WALNUTS, WHITE_BREAD, WHITE_RICE_COOKED, WHOLE_MILK, WW_BREAD } from "./foods";

export const DAYS_2: Case[] = [
  {
    who: "Tex-Mex home cook",
    text: "breakfast: 2 flour tortillas, 2 scrambled eggs, 1/4 cup salsa\nlunch: a bean and cheese burrito and a diet coke\ndinner: 1 cup pinto beans, 1 cup white rice, 1/2 avocado\ndessert: a mango",
    expect: [
      f(FLOUR_TORTILLA, 56, 150, B), f([...EGG_SCRAMBLED, ...EGG_RAW], 100, 140, B), f(SALSA, 58, 72, B), // 1/4 cup 65 g
      dp(/burrito/i, D.burrito, L), f(DIET_COLA, 320, 500, L),
      f(PINTO_BEANS, 154, 188, Dn), f(WHITE_RICE_COOKED, 142, 205, Dn), f(AVOCADO, 60, 115, Dn),
      f(MANGO, 200, 370),
    ],
  },
  {
    who: "Brazilian student",
    text: "Breakfast: a coffee with milk, a slice of white bread with butter, a slice of ham\nLunch: 1 cup white rice, 1 cup black beans, 6 oz grilled chicken breast, 2 cups mixed salad greens\nDinner: a ham and cheese sandwich and a glass of orange juice",
    expect: [
      fp(COFFEE, P.coffee, B), fp(MILK, P.splashMilk, B), f(WHITE_BREAD, 20, 35, B), fp(BUTTER, P.butterSpread, B),
      f(HAM, 20, 31, B),
      f(WHITE_RICE_COOKED, 142, 205, L), f(BLACK_BEANS, 155, 190, L), f(CHICKEN_BREAST, 153, 187, L),
      f(SALAD_GREENS, 50, 120, L),
      dp(/sandwich/i, D.sandwich, Dn), f(OJ, 200, 300, Dn),
    ],
  },
  {
    who: "pregnant teacher",
    text: "Breakfast: a bowl of cheerios with milk, a glass of OJ\nMid-morning snack: a pot of greek yogurt and a handful of walnuts\nLunch: a turkey sandwich, 10 baby carrots, a glass of milk\nDinner: a salmon fillet, 1 cup brown rice, 1 cup steamed broccoli\nBefore bed: a glass of milk",
    expect: [
      dish(/cereal|cheerios/i, 150, 320, B), f(OJ, 200, 300, B),
      f(GREEK_PLAIN, 140, 220, S), f(WALNUTS, 20, 40, S),
      dp(/sandwich/i, D.sandwich, L), f(BABY_CARROTS, 90, 110, L), fp(MILK, P.glassMilk, L),
      fp(SALMON, P.salmonFillet, Dn), f(BROWN_RICE_COOKED, 175, 222, Dn), f(BROCCOLI_COOKED, 140, 172, Dn),
      fp(MILK, P.glassMilk),
    ],
  },
  {
    who: "teen gamer",
    text: "ate 2 slices of pepperoni pizza, a bag of chips, 2 cans of coke and a chocolate bar",
    expect: [dish(/pizza/i, 170, 360), f(POTATO_CHIPS, 23, 50), f(COLA, 660, 820), f(MILK_CHOCOLATE, 35, 55)], // 2 x 370 g
  },
  {
    who: "New York retiree",
    text: "Breakfast: a bagel with cream cheese and lox\nLunch: a bowl of matzo ball soup\nDinner: roast chicken, a baked potato, green beans\nSnack: a cup of tea",
    expect: [
      f(BAGEL, 90, 120, B), f(CREAM_CHEESE, 14, 45, B), f(LOX, 25, 90, B), // 1-3 tbsp; 1-3 oz
      dp(/soup/i, D.soupBowl, L),
      f(CHICKEN, 85, 200, Dn), f(BAKED_POTATO, 138, 300, Dn), f(GREEN_BEANS, 60, 140, Dn),
      f(TEA, 213, 261, S),
    ],
  },
  {
    who: "vegetarian triathlete",
    text: "Pre-workout: a banana and a double espresso\nBreakfast: a 3-egg omelette with spinach and feta\nLunch: 1 cup quinoa, 1 cup chickpeas, half an avocado\nDinner: 2 cups cooked whole-wheat spaghetti with tomato sauce",
    expect: [
      fp(BANANA, P.banana), f(ESPRESSO, 50, 70),
      dish(/omelet/i, 150, 300, B),
      f(QUINOA_COOKED, 166, 204, L), f(CHICKPEAS, 137, 180, L), f(AVOCADO, 60, 115, L),
      dish(/spaghetti/i, 280, 600, Dn), // 2 x 117-151 g + sauce
    ],
  },
  {
    who: "dieter on 1,200 kcal",
    text: "Breakfast: 1 cup of black coffee and a hard-boiled egg\nLunch: 2 cups mixed salad greens, 1 can of tuna, drained, 1 tbsp olive oil\nDinner: 4 oz grilled chicken breast, 1 cup steamed broccoli, 1/2 cup brown rice\nSnack: an apple",
    expect: [
      f(COFFEE, 213, 261, B), f(EGG_BOILED, 45, 58, B),
      f(SALAD_GREENS, 50, 120, L), f(TUNA_CANNED, 148, 196, L), f(OLIVE_OIL, 12.1, 14.9, L),
      f(CHICKEN_BREAST, 102, 125, Dn), f(BROCCOLI_COOKED, 140, 172, Dn), f(BROWN_RICE_COOKED, 88, 111, Dn),
      fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "student who skipped breakfast",
    text: "woke up late so just a latte, then a croissant around 11, then a turkey sandwich at 2 and a bowl of chicken noodle soup for dinner",
    expect: [dp(/latte/i, D.latte), f(CROISSANT, 50, 65), dp(/sandwich/i, D.sandwich), dp(/soup/i, D.soupBowl, Dn)],
  },
  {
    who: "retired engineer, one food per line",
    text: "2 eggs\n2 slices of toast\n1 tbsp butter\n1 cup of coffee\n1 banana",
    expect: [
      f(EGG_ANY, 88, 130), // 2 large: 100 g raw, 92 fried, 122 scrambled
      fp(BREAD, P.toast2), f(BUTTER, 12.8, 15.6), f(COFFEE, 213, 261), fp(BANANA, P.banana),
    ],
  },
  {
    who: "Italian widower",
    text: "Lunch: 1 cup cooked pasta, 2 tbsp grated parmesan, a glass of red wine\nDinner: a bowl of minestrone and a slice of italian bread\nSnack: a pear",
    expect: [
      f(PASTA_COOKED, 95, 166, L), f(PARMESAN, 9, 11, L), fp(RED_WINE, P.wineGlass, L),
      dish(/minestrone|soup/i, 240, 500, Dn), f(ITALIAN_BREAD, 15, 35, Dn),
      f(PEAR, 145, 210, S),
    ],
  },
  {
    who: "Jordanian mother",
    text: "Breakfast: 2 boiled eggs, a pita, 1 oz feta, a cup of tea\nLunch: 4 oz lamb, 1 cup white rice, 1 cup plain yogurt\nDinner: 3 falafel, 1/4 cup hummus, a tomato\nSnack: 3 medjool dates",
    expect: [
      f(EGG_BOILED, 90, 115, B), f(PITA, 54, 70, B), f(FETA, 25.5, 31.2, B), f(TEA, 213, 261, B),
      f(LAMB, 102, 125, L), f(WHITE_RICE_COOKED, 142, 205, L), f(PLAIN_YOGURT, 220, 270, L),
      f(FALAFEL, 45, 57, Dn), f(HUMMUS, 55, 68, Dn), f(TOMATO, 90, 150, Dn),
      f(MEDJOOL, 65, 80, S),
    ],
  },
  {
    who: "marathoner carb-loading",
    text: "Dinner was 3 cups of pasta and 2 slices of bread, then a banana at 9pm",
    expect: [f(PASTA_COOKED, 290, 500, Dn), fp(BREAD, P.toast2, Dn), fp(BANANA, P.banana)], // 3 x 107-151 g
  },
  {
    who: "office worker",
    text: "at dinner I had a chicken breast, a medium baked potato and 1 cup of peas",
    expect: [fp(CHICKEN_BREAST, P.chickenBreast, Dn), f(BAKED_POTATO, 150, 190, Dn), f(PEAS, 144, 176, Dn)],
  },
  {
    who: "accountant",
    text: "for lunch I had a tuna sandwich, an apple and a diet coke; dinner was salmon, rice and broccoli",
    expect: [
      dp(/sandwich/i, D.sandwich, L), fp(APPLE, P.apple, L), f(DIET_COLA, 320, 500, L),
      fp(SALMON, P.salmonFillet, Dn), fp(WHITE_RICE_COOKED, P.rice, Dn), f(BROCCOLI, 60, 180, Dn),
    ],
  },
  {
    who: "barista",
    text: "morning: a latte and a blueberry muffin. afternoon: a granola bar. evening: a cheeseburger and a coke",
    expect: [
      dp(/latte/i, D.latte, B), f(BLUEBERRY_MUFFIN, 55, 140, B),
      f(GRANOLA_BAR, 20, 45),
      dp(/burger/i, D.burger), fp(COLA, P.can),
    ],
  },
  {
    who: "vegan, Japanese food",
    text: "Breakfast: a cup of soy milk and a banana\nLunch: a bowl of white rice, 4 oz tofu, 1 cup cooked bok choy\nDinner: 1 cup cooked soba noodles, 1 cup edamame",
    expect: [
      f(SOY_MILK, 219, 267, B), fp(BANANA, P.banana, B),
      fp(WHITE_RICE_COOKED, P.bowlRice, L), f([...TOFU_FIRM, "16127", "16427"], 102, 125, L),
      f(BOK_CHOY_COOKED, 153, 187, L),
      f(SOBA_COOKED, 103, 125, Dn), f(EDAMAME, 140, 171, Dn),
    ],
  },
  {
    who: "sophomore",
    text: "snack - a handful of almonds and a granola bar\nlunch - 2 slices of cheese pizza\ndinner - mac and cheese and a coke",
    expect: [
      f(ALMONDS, 20, 40, S), f(GRANOLA_BAR, 20, 45, S),
      dish(/pizza/i, 170, 360, L),
      f(MAC_AND_CHEESE, 130, 300, Dn), fp(COLA, P.can, Dn),
    ],
  },
  {
    who: "schoolchild's lunchbox",
    text: "Lunch: a ham sandwich, a cup of grapes, a bag of crisps and a carton of milk",
    expect: [
      dp(/sandwich/i, D.sandwich, L), f(GRAPES, 136, 166, L), f(POTATO_CHIPS, 23, 50, L),
      f(MILK, 200, 270, L), // school carton = half pint, 244 g
    ],
  },
  {
    who: "Ramadan, Egyptian family",
    text: "Iftar: 3 medjool dates, a glass of milk, a bowl of lentil soup, 4 oz lamb, 1 cup white rice",
    expect: [
      f(MEDJOOL, 65, 80), fp(MILK, P.glassMilk), dp(/soup/i, D.soupBowl), f(LAMB, 102, 125),
      f(WHITE_RICE_COOKED, 142, 205),
    ],
  },
  {
    who: "family doctor",
    text: "Breakfast: an english muffin with 1 tbsp peanut butter, a coffee\nLunch: a greek salad\nDinner: 6 oz shrimp, 1 cup brown rice, 1 cup cooked green beans\nSnack: 1/2 cup vanilla ice cream",
    expect: [
      f(ENGLISH_MUFFIN, 47, 70, B), f(PEANUT_BUTTER, 14.4, 18, B), fp(COFFEE, P.coffee, B), // tbsp 16 g
      dish(/salad/i, 150, 400, L),
      f(SHRIMP, 153, 187, Dn), f(BROWN_RICE_COOKED, 175, 222, Dn), f(GREEN_BEANS_COOKED, 112, 138, Dn),
      f(ICE_CREAM, 59, 73, S),
    ],
  },
  {
    who: "teenage girl",
    text: "Breakfast: a strawberry banana smoothie\nLunch: a caesar salad and a sprite\nDinner: 2 chicken tacos\nSnack: 3 cups popcorn",
    expect: [
      dp(/smoothie/i, D.smoothie, B),
      dish(/salad/i, 150, 400, L), fp(LEMON_LIME, P.can, L),
      dish(/taco/i, 140, 300, Dn),
      f(POPCORN, 21, 37, S),
    ],
  },
  {
    who: "Iowa farmer",
    text: "Breakfast: 3 pancakes with maple syrup, 2 sausages, coffee\nLunch: a ham and cheese sandwich, an apple\nSupper: a pork chop, mashed potatoes, an ear of corn, a glass of milk",
    expect: [
      f(PANCAKES, 100, 240, B), f(SYRUP, 20, 85, B), f(SAUSAGE, 40, 100, B), fp(COFFEE, P.coffee, B),
      dp(/sandwich/i, D.sandwich, L), fp(APPLE, P.apple, L),
      fp(PORK_CHOP, P.porkChop1, Dn), f(MASHED_POTATO, 100, 250, Dn), f(CORN_COB, 85, 120, Dn),
      fp(MILK, P.glassMilk, Dn),
    ],
  },
  {
    who: "vegan who misses dairy",
    text: "Breakfast: a glass of oat milk and a banana\nLunch: 1 cup black beans and 1 cup brown rice\nSnack: coconut yogurt",
    expect: [
      missing(/oat milk/i), fp(BANANA, P.banana, B),
      f(BLACK_BEANS, 155, 190, L), f(BROWN_RICE_COOKED, 175, 222, L),
      missing(/coconut yog/i),
    ],
  },
  {
    who: "Scottish pensioner",
    text: "breakfast: porridge with milk and a cup of tea\nlunch: a bowl of lentil soup and a slice of whole-wheat bread\ndinner: a salmon fillet, boiled potatoes, peas\nsnack: an apple",
    expect: [
      dp(/porridge|oat/i, D.porridgeWithMilk, B), fp(TEA, P.tea, B),
      dp(/soup/i, D.soupBowl, L), f(WW_BREAD, 22, 36, L),
      fp(SALMON, P.salmonFillet, Dn), f(BOILED_POTATO, 130, 350, Dn), fp(PEAS, P.peas, Dn),
      fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "Hong Kong accountant",
    text: "breakfast: a cup of tea with milk and a slice of white toast with butter\nlunch: 6 pieces of salmon sushi\ndinner: chicken stir-fry, a bowl of white rice, a cup of green tea",
    expect: [
      fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B), f(WHITE_BREAD, 17, 35, B), fp(BUTTER, P.butterSpread, B),
      dp(/sushi/i, D.sushi6, L),
      dp(/stir/i, D.stirFry, Dn), fp(WHITE_RICE_COOKED, P.bowlRice, Dn), f(GREEN_TEA, 213, 265, Dn),
    ],
  },
  {
    who: "Californian yoga teacher",
    text: "Breakfast: 1 cup plain greek yogurt, 1/2 cup granola, 1 cup blueberries\nLunch: 2 cups mixed salad greens, half an avocado, 1 cup quinoa, 1 tbsp olive oil\nDinner: 6 oz grilled salmon and 1 cup steamed broccoli",
    expect: [
      f(GREEK_PLAIN, 200, 270, B), // 8 fl oz cup 245 g; a 7 oz container is 200 g
      f(GRANOLA, 40, 66, B), f(BLUEBERRIES, 133, 163, B),
      f(SALAD_GREENS, 50, 120, L), f(AVOCADO, 60, 115, L), f(QUINOA_COOKED, 166, 204, L), f(OLIVE_OIL, 12.1, 14.9, L),
      f(SALMON, 153, 187, Dn), f(BROCCOLI_COOKED, 140, 172, Dn),
    ],
  },
  {
    who: "Jamaican nurse",
    text: "Breakfast: 2 boiled eggs, a slice of white toast, a cup of tea with milk\nLunch: 2 chicken thighs, 1 cup white rice, 1 cup kidney beans\nDinner: 1 cup fried plantain and a cup of cooked spinach",
    expect: [
      f(EGG_BOILED, 90, 115, B), f(WHITE_BREAD, 17, 35, B), fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B),
      f(CHICKEN_THIGH, 170, 280, L), f(WHITE_RICE_COOKED, 142, 205, L), f(KIDNEY_BEANS, 159, 195, L),
      f(PLANTAIN_COOKED, 106, 186, Dn), f(SPINACH_COOKED, 162, 198, Dn),
    ],
  },
  {
    who: "grad student, run-on",
    text: "coffee and a bagel then a burrito for lunch and then some chips and then for dinner a cup of lentil soup and 2 slices of bread",
    expect: [
      fp(COFFEE, P.coffee), f(BAGEL, 90, 120),
      dp(/burrito/i, D.burrito, L), f(POTATO_CHIPS, 20, 60),
      dish(/soup/i, 215, 275, Dn), fp(BREAD, P.toast2, Dn),
    ],
  },
  {
    who: "Filipino nurse",
    text: "Breakfast: a cup of white rice, 2 fried eggs, coffee with milk\nLunch: 2 chicken drumsticks and a cup of white rice\nDinner: 3 oz shrimp, 1 cup cooked bok choy, a cup of white rice\nMerienda: a banana",
    expect: [
      f(WHITE_RICE_COOKED, 142, 205, B), f(EGG_FRIED, 80, 110, B), fp(COFFEE, P.coffee, B), fp(MILK, P.splashMilk, B),
      f(CHICKEN_DRUMSTICK, 90, 230, L), f(WHITE_RICE_COOKED, 142, 205, L),
      f(SHRIMP, 76, 94, Dn), f(BOK_CHOY_COOKED, 153, 187, Dn), f(WHITE_RICE_COOKED, 142, 205, Dn),
      fp(BANANA, P.banana),
    ],
  },
  {
    who: "cyclist, grams",
    text: "Breakfast: 80 g dry oats, 300 ml whole milk, 1 banana\nLunch: 150 g cooked white rice, 150 g chicken breast\nDinner: 250 g cooked pasta, 125 g tomato sauce, 20 g parmesan",
    expect: [
      f(OATS_DRY, 72, 88, B), f(WHOLE_MILK, 278, 340, B), fp(BANANA, P.banana, B), // 300 ml x 1.03 = 309 g
      f(WHITE_RICE_COOKED, 135, 165, L), f(CHICKEN_BREAST, 135, 165, L),
      f(PASTA_COOKED, 225, 275, Dn), f(TOMATO_SAUCE, 112, 138, Dn), f(PARMESAN, 18, 22, Dn),
    ],
  },
  {
    who: "German engineer",
    text: "Breakfast: 2 slices of rye bread with 2 slices of swiss cheese and coffee\nLunch: a pork chop with boiled potatoes and a beer\nDinner: 2 slices of rye bread and 2 slices of ham",
    expect: [
      f(["18060", "18061", "18044", "18045"], 40, 70, B), // rye slice 24-32 g
      f(SWISS, 50, 62, B), fp(COFFEE, P.coffee, B),
      fp(PORK_CHOP, P.porkChop1, L), f(BOILED_POTATO, 130, 350, L), fp(BEER, P.beer, L),
      f(["18060", "18061", "18044", "18045"], 40, 70, Dn), f(HAM, 40, 62, Dn),
    ],
  },
  {
    who: "night owl",
    text: "Dinner: 4 oz cooked ground beef, 2 corn tortillas, 1/4 cup salsa, 1 oz cheddar\nLate snack: a bowl of cereal with milk",
    expect: [
      f(GROUND_BEEF, 102, 125, Dn), f(CORN_TORTILLA, 43, 57, Dn), f(SALSA, 58, 72, Dn), f(CHEDDAR, 25.5, 31.2, Dn),
      dp(/cereal/i, D.cerealWithMilk, S),
    ],
  },
];
