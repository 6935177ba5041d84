// Single phrases and short meals.
import { D, P, dish, dp, f, fp, missing } from "./expect";
import { ALMONDS, ALMOND_MILK, APPLE, APPLE_JUICE, AVOCADO, BABY_CARROTS, BACON, BAGEL, BAKED_POTATO, BANANA, BEER, BLACK_BEANS, BLACK_EYED_PEAS, BLUEBERRIES, BLUEBERRY_MUFFIN, BOK_CHOY_COOKED, BROCCOLI_COOKED, BROCCOLI_RAW, BROWN_RICE_COOKED, CANTALOUPE, CARROT_RAW, CELERY, CHEDDAR, CHEERIOS, CHICKEN, CHICKEN_BREAST, CHICKEN_THIGH, CHICKPEAS, COD, COFFEE, COLA, CORN_COB, CORN_TORTILLA, COTTAGE, COUSCOUS_COOKED, CREAM_CHEESE, CROISSANT, type Case, DIET_COLA, DONUT, EDAMAME, EGG_BOILED, EGG_FRIED, EGG_RAW, EGG_SCRAMBLED, ENGLISH_MUFFIN, ESPRESSO, EYE_ROUND, FALAFEL, FLOUR_TORTILLA, GRANOLA, GRANOLA_BAR, GRAPEFRUIT, GRAPES, GREEK_PLAIN, GREEN_BEANS_COOKED, GREEN_TEA, GROUND_BEEF, HAM, HONEY, HUMMUS, ICE_CREAM, KIDNEY_BEANS, KIMCHI, KIWI, LEMON_LIME, LENTILS, MAC_AND_CHEESE, MANGO, MEDJOOL, MILK, MILK_1, MILK_2, MILK_CHOCOLATE, MIXED_NUTS, MUSHROOMS, NAAN, OATMEAL_COOKED, OATS_DRY, OJ, OKRA_COOKED, OLIVE_OIL, ONION, ORANGE, OREO, PANCAKES, PARMESAN, PASTA_COOKED, PEACH, PEANUT_BUTTER, PEAR, PEAS, PITA, PLAIN_YOGURT, POPCORN, PORK_CHOP, POTATO_CHIPS, QUINOA_COOKED, RAISINS, RED_WINE, REFRIED_BEANS, ROLL_WW, ROTI, SALAD_GREENS, SALMON, SARDINES, SHRIMP, SIRLOIN, SKIM, SOY_MILK, SPINACH_COOKED, SPINACH_RAW, SPIRITS, STRAWBERRIES, SWEET_POTATO, SWISS, TEA, TOFU_FIRM, TOMATO, TORTILLA_CHIPS, TUNA_CANNED, TURKEY_DELI, TURKEY_ROAST, WALNUTS, WATERMELON, WHITE_BREAD, WHITE_RICE_COOKED, WHOLE_MILK, WINE, WW_BREAD, WW_PASTA_COOKED } from "./foods";

export const SINGLE: Case[] = [
  // --- dairy and eggs
  { who: "dieter reading a DASH leaflet", text: "1 cup milk, fat-free", expect: [f(SKIM, 220, 270)] }, // cup 245 g
  { who: "retired teacher, 78", text: "a glass of milk", expect: [fp(MILK, P.glassMilk)] },
  { who: "gym-goer", text: "8 oz glass of 2% milk", expect: [f(MILK_2, 205, 270)] }, // 8 fl oz 244 g (8 oz weight 227)
  { who: "British office worker", text: "250 ml semi-skimmed milk", expect: [f([...MILK_2, ...MILK_1], 232, 284)] }, // 250 ml x 1.03 g/ml = 258 g
  { who: "parent", text: "a cup of skim milk", expect: [f(SKIM, 220, 270)] },
  { who: "student", text: "1 cup whole milk", expect: [f(WHOLE_MILK, 220, 270)] }, // 244 g
  { who: "bodybuilder", text: "2 eggs, scrambled", expect: [f([...EGG_SCRAMBLED, ...EGG_RAW], 100, 140)] }, // 2 x 61 g (raw 2 x 50)
  { who: "keto dieter", text: "2 hard-boiled eggs", expect: [f(EGG_BOILED, 90, 115)] }, // 2 x 50 g
  { who: "truck driver", text: "a fried egg", expect: [f(EGG_FRIED, 40, 60)] }, // 46 g
  { who: "cheese lover", text: "1 oz cheddar", expect: [f(CHEDDAR, 25.5, 31.2)] }, // 28.35 g
  { who: "office worker", text: "2 slices of swiss cheese", expect: [f(SWISS, 50, 62)] }, // 2 x 28 g
  { who: "vegetarian", text: "a cup of plain yogurt", expect: [f(PLAIN_YOGURT, 220, 270)] }, // 245 g
  { who: "British runner", text: "a pot of greek yogurt", expect: [f(GREEK_PLAIN, 140, 220)] }, // 170 / 200 g containers
  { who: "older woman", text: "1/2 cup cottage cheese", expect: [f(COTTAGE, 95, 125)] }, // 105-113 g
  { who: "Italian student", text: "2 tbsp grated parmesan", expect: [f(PARMESAN, 9, 11)] }, // 2 x 5 g
  { who: "baker", text: "1 tbsp cream cheese", expect: [f(CREAM_CHEESE, 13, 19)] }, // 14.5 g
  { who: "vegan", text: "a glass of oat milk", expect: [missing(/oat milk/i)] }, // SR28 has no oat milk
  { who: "vegan", text: "150g coconut yogurt", expect: [missing(/coconut yog/i)] }, // SR28 has no coconut yogurt
  { who: "lactose-intolerant student", text: "a cup of soy milk", expect: [f(SOY_MILK, 219, 267)] }, // 243 g
  { who: "vegan", text: "1 cup almond milk", expect: [f(ALMOND_MILK, 216, 288)] }, // 240 / 262 g

  // --- fruit
  { who: "runner", text: "a banana", expect: [fp(BANANA, P.banana)] }, // medium 118 g
  { who: "toddler's parent", text: "2 bananas", expect: [f(BANANA, 200, 280)] },
  { who: "teacher", text: "an apple", expect: [fp(APPLE, P.apple)] }, // medium 182 g (09003)
  { who: "teen", text: "a large apple", expect: [f(APPLE, 195, 265)] }, // large 200-260 g
  { who: "nurse", text: "an orange", expect: [fp(ORANGE, P.orange)] }, // 1 fruit 131 g
  { who: "student", text: "OJ", expect: [fp(OJ, P.glassJuice)] },
  { who: "retiree", text: "a glass of OJ", expect: [f(OJ, 200, 300)] }, // cup 248 g
  { who: "child", text: "a cup of grapes", expect: [f(GRAPES, 136, 166)] }, // 151 g
  { who: "dieter", text: "1 cup blueberries", expect: [f(BLUEBERRIES, 133, 163)] }, // 148 g
  { who: "dieter", text: "a cup of strawberries", expect: [f(STRAWBERRIES, 130, 183)] }, // 144-166 g
  { who: "schoolchild", text: "a small box of raisins", expect: [f(RAISINS, 38, 48)] }, // 43 g
  { who: "Saudi student breaking fast", text: "3 medjool dates", expect: [f(MEDJOOL, 65, 80)] }, // 3 x 24 g
  { who: "millennial", text: "half an avocado", expect: [f(AVOCADO, 60, 115)] }, // 201/2 = 100 g; 136/2 = 68 g
  { who: "Indian student", text: "a mango", expect: [f(MANGO, 200, 370)] }, // 336 g without refuse
  { who: "older man", text: "a pear", expect: [f(PEAR, 145, 210)] }, // medium 157-202 g
  { who: "child", text: "2 kiwis", expect: [f(KIWI, 124, 178)] }, // 2 x 69-81 g
  { who: "teen", text: "a cup of watermelon", expect: [f(WATERMELON, 137, 168)] }, // diced 152 g
  { who: "Georgia retiree", text: "a peach", expect: [f(PEACH, 130, 175)] }, // medium 150 g

  // --- vegetables
  // Raw chopped broccoli is 91 g a cup, cooked chopped 156 g: either is a fair reading.
  { who: "DASH follower", text: "1 cup chopped broccoli", expect: [f([...BROCCOLI_RAW, ...BROCCOLI_COOKED], 82, 172)] },
  { who: "dieter", text: "a cup of steamed broccoli", expect: [f(BROCCOLI_COOKED, 140, 172)] },
  { who: "smoothie maker", text: "1 cup spinach", expect: [f(SPINACH_RAW, 27, 33)] }, // raw cup 30 g
  { who: "older woman", text: "1/2 cup cooked spinach", expect: [f(SPINACH_COOKED, 81, 99)] }, // 90 g
  { who: "salad eater", text: "2 cups mixed salad greens", expect: [f(SALAD_GREENS, 50, 120)] },
  { who: "American dad", text: "a medium baked potato", expect: [f(BAKED_POTATO, 150, 190)] }, // 173 g
  { who: "British pensioner", text: "a jacket potato", expect: [f(BAKED_POTATO, 150, 320)] }, // medium 173 .. large 299
  { who: "sweet-potato fan", text: "a medium sweet potato", expect: [f(SWEET_POTATO, 100, 170)] }, // baked 114, boiled 151
  { who: "dieter", text: "10 baby carrots", expect: [f(BABY_CARROTS, 90, 110)] }, // 10 x 10 g
  { who: "rabbit owner", text: "a carrot", expect: [f(CARROT_RAW, 50, 75)] }, // medium 61 g
  { who: "home cook", text: "1 cup cooked green beans", expect: [f(GREEN_BEANS_COOKED, 112, 138)] }, // 125 g
  { who: "Iowa farmer", text: "an ear of corn", expect: [f(CORN_COB, 85, 120)] }, // medium ear 103 g
  { who: "child", text: "1/2 cup peas", expect: [f(PEAS, 72, 88)] }, // 80 g
  { who: "gardener", text: "a tomato", expect: [f(TOMATO, 90, 150)] }, // medium 123 g
  { who: "Nigerian cook", text: "1 cup cooked okra", expect: [f(OKRA_COOKED, 144, 176)] }, // 160 g
  { who: "home cook", text: "a cup of sliced mushrooms", expect: [f(MUSHROOMS, 63, 77)] }, // 70 g
  { who: "home cook", text: "1 cup diced onion", expect: [f(ONION, 144, 176)] }, // chopped 160 g
  { who: "Korean student", text: "1/2 cup kimchi", expect: [f(KIMCHI, 67, 83)] }, // 75 g
  { who: "Cantonese grandmother", text: "1 cup cooked bok choy", expect: [f(BOK_CHOY_COOKED, 153, 187)] }, // 170 g

  // --- grains
  { who: "student", text: "1 cup of brown rice", expect: [f(BROWN_RICE_COOKED, 175, 222)] }, // cooked 195-202 g
  { who: "shift worker", text: "rice", expect: [fp(WHITE_RICE_COOKED, P.rice)] },
  { who: "Filipino nurse", text: "a bowl of white rice", expect: [fp(WHITE_RICE_COOKED, P.bowlRice)] },
  { who: "athlete", text: "1 cup quinoa", expect: [f(QUINOA_COOKED, 166, 204)] }, // cooked 185 g
  { who: "cyclist", text: "2 cups of pasta", expect: [f(PASTA_COOKED, 193, 332)] }, // 2 x 107-151 g
  { who: "DASH follower", text: "1 cup cooked whole-wheat spaghetti", expect: [f(WW_PASTA_COOKED, 105, 166)] }, // 117-151 g
  { who: "Scottish retiree", text: "a bowl of oatmeal", expect: [f(OATMEAL_COOKED, 170, 360)] }, // cup 234 g
  { who: "meal-prepper", text: "1/2 cup dry oats", expect: [f(OATS_DRY, 36, 45)] }, // 40 g
  { who: "dieter", text: "a slice of whole-wheat toast", expect: [f(WW_BREAD, 22, 36)] }, // toasted 25 g, untoasted 32 g
  { who: "child", text: "2 slices of white bread", expect: [f(WHITE_BREAD, 45, 64)] }, // 2 x 25-29 g
  { who: "New Yorker", text: "a plain bagel", expect: [f(BAGEL, 90, 120)] }, // 99-105 g
  { who: "Parisian", text: "a croissant", expect: [f(CROISSANT, 50, 65)] }, // medium 57 g
  { who: "commuter", text: "an english muffin", expect: [f(ENGLISH_MUFFIN, 47, 70)] }, // 52-66 g
  { who: "Texan", text: "a flour tortilla", expect: [f(FLOUR_TORTILLA, 28, 75)] }, // 1 tortilla 48-49 g
  { who: "Mexican grandmother", text: "2 corn tortillas", expect: [f(CORN_TORTILLA, 43, 57)] }, // 2 x 24-26 g
  { who: "Lebanese student", text: "a pita", expect: [f(PITA, 54, 70)] }, // 60-64 g
  { who: "Punjabi grandmother", text: "2 rotis", expect: [f(ROTI, 80, 140)] }, // 2 x 43-68 g
  { who: "Indian takeaway fan", text: "a naan", expect: [f(NAAN, 80, 115)] }, // 90-106 g
  { who: "toddler's parent", text: "a cup of cheerios", expect: [f(CHEERIOS, 25, 31)] }, // 28 g
  { who: "hiker", text: "1/2 cup granola", expect: [f(GRANOLA, 40, 66)] }, // 48-61 g
  { who: "Moroccan student", text: "1 cup couscous", expect: [f(COUSCOUS_COOKED, 141, 173)] }, // cooked 157 g
  { who: "Sunday brunch", text: "3 pancakes", expect: [f(PANCAKES, 100, 240)] }, // 4" 38 g .. 6" 77 g each

  // --- meat, fish, eggs, pulses, nuts
  { who: "student", text: "2 pork chops", expect: [fp(PORK_CHOP, P.porkChop2)] },
  { who: "DASH follower", text: "3 oz beef, eye of the round", expect: [f(EYE_ROUND, 76, 94)] }, // 85 g
  { who: "bodybuilder", text: "200g chicken breast", expect: [f(CHICKEN_BREAST, 180, 220)] },
  { who: "parent", text: "a chicken breast", expect: [fp(CHICKEN_BREAST, P.chickenBreast)] },
  { who: "dieter", text: "grilled chicken, 4 oz", expect: [f(CHICKEN, 102, 125)] }, // 113 g
  { who: "Jamaican cook", text: "2 chicken thighs", expect: [f(CHICKEN_THIGH, 170, 280)] }, // 2 x 89-137 g
  { who: "student", text: "a can of tuna, drained", expect: [f(TUNA_CANNED, 148, 196)] }, // 1 can drained 165-178 g
  { who: "Norwegian", text: "6 oz grilled salmon", expect: [f(SALMON, 153, 187)] }, // 170 g
  { who: "pescatarian", text: "a salmon fillet", expect: [fp(SALMON, P.salmonFillet)] },
  { who: "Louisiana cook", text: "3 oz shrimp", expect: [f(SHRIMP, 76, 94)] }, // cooked 85 g
  { who: "British pensioner", text: "a cod fillet", expect: [fp(COD, P.codFillet)] }, // 180 g Atlantic, 90 g Pacific
  { who: "Portuguese fisherman", text: "a can of sardines", expect: [f(SARDINES, 83, 101)] }, // 92 g
  { who: "taco night", text: "4 oz cooked ground beef", expect: [f(GROUND_BEEF, 102, 125)] }, // 113 g
  { who: "steak lover", text: "8 oz sirloin steak", expect: [f(SIRLOIN, 204, 250)] }, // 227 g
  { who: "diner regular", text: "2 slices of bacon", expect: [f(BACON, 15, 25)] }, // 2 x 8-11.5 g
  { who: "child", text: "2 slices of ham", expect: [f(HAM, 40, 62)] }, // 2 x 23-28 g
  { who: "Thanksgiving", text: "3 oz roast turkey breast", expect: [f(TURKEY_ROAST, 76, 94)] }, // 85 g
  { who: "vegan", text: "100 g firm tofu", expect: [f(TOFU_FIRM, 90, 110)] },
  { who: "Cuban cook", text: "a cup of black beans", expect: [f(BLACK_BEANS, 155, 190)] }, // cooked 172 g
  { who: "vegetarian", text: "1 cup cooked lentils", expect: [f(LENTILS, 178, 218)] }, // 198 g
  { who: "Bengali cook", text: "1 cup red lentils, cooked", expect: [f(LENTILS, 178, 218)] }, // cooked lentils 198 g
  { who: "vegan", text: "a cup of chickpeas", expect: [f(CHICKPEAS, 137, 180)] }, // 152-164 g
  { who: "Southern grandmother", text: "1 cup black-eyed peas", expect: [f(BLACK_EYED_PEAS, 154, 188)] }, // 171 g
  { who: "Tex-Mex fan", text: "1/2 cup refried beans", expect: [f(REFRIED_BEANS, 104, 133)] }, // 116-121 g
  { who: "chili cook", text: "a cup of kidney beans", expect: [f(KIDNEY_BEANS, 159, 195)] }, // cooked 177 g
  { who: "Japanese student", text: "a cup of edamame", expect: [f(EDAMAME, 140, 171)] }, // 155 g
  { who: "student", text: "2 tbsp peanut butter", expect: [f(PEANUT_BUTTER, 29, 36)] }, // 32 g
  { who: "office snacker", text: "a handful of almonds", expect: [f(ALMONDS, 20, 40)] }, // 1 oz 28.35 g
  { who: "hiker", text: "1 oz walnuts", expect: [f(WALNUTS, 25.5, 31.2)] },
  { who: "Palestinian student", text: "1/4 cup hummus", expect: [f(HUMMUS, 55, 68)] }, // 61.5 g
  { who: "Egyptian office worker", text: "3 falafel", expect: [f(FALAFEL, 45, 57)] }, // 3 x 17 g

  // --- drinks
  {
    who: "office worker",
    text: "coffee with a splash of milk",
    expect: [fp(COFFEE, P.coffee), f(MILK, 20, 45)],
  },
  { who: "British builder", text: "tea with milk", expect: [fp(TEA, P.tea), fp(MILK, P.splashMilk)] },
  { who: "older woman", text: "a cup of tea", expect: [f(TEA, 213, 261)] }, // cup 237 g
  { who: "teen", text: "a coke", expect: [fp(COLA, P.can)] }, // 370 g can
  { who: "dieter", text: "a can of diet coke", expect: [f(DIET_COLA, 320, 390)] }, // 355 g
  { who: "teen", text: "a sprite", expect: [fp(LEMON_LIME, P.can)] }, // 368 g
  { who: "Friday night", text: "a glass of red wine", expect: [fp(RED_WINE, P.wineGlass)] }, // 5 fl oz 147 g
  { who: "London pub-goer", text: "a pint of beer", expect: [f(BEER, 425, 630)] }, // US pint 473 g .. UK pint 568 ml
  { who: "tailgater", text: "a can of beer", expect: [f(BEER, 320, 392)] }, // 356 g
  { who: "Italian barista", text: "a double espresso", expect: [f(ESPRESSO, 50, 70)] }, // 2 fl oz 59 g
  { who: "bachelor party", text: "a shot of vodka", expect: [f(SPIRITS, 22, 46)] }, // jigger 42 g; UK shot 25 ml 23 g
  { who: "student", text: "a large latte", expect: [dish(/latte/i, 400, 650)] }, // 16-20 fl oz
  { who: "office worker", text: "a latte", expect: [dp(/latte/i, D.latte)] },
  { who: "Italian nonna", text: "a cappuccino", expect: [dp(/cappuccino/i, D.cappuccino)] },
  { who: "retiree", text: "a glass of apple juice", expect: [f(APPLE_JUICE, 200, 300)] }, // cup 248 g
  { who: "tea drinker", text: "a cup of green tea", expect: [f(GREEN_TEA, 213, 265)] }, // 237-245 g

  // --- dishes
  { who: "office worker", text: "a turkey sandwich", expect: [dp(/sandwich/i, D.sandwich)] },
  // PB&J: 2 slices bread 50-64 g + 2 tbsp peanut butter 32 g + 1 tbsp jelly 20 g
  { who: "third-grader", text: "PB&J", expect: [dish(/pb|peanut|jelly|sandwich/i, 85, 150)] },
  // SR28 has prepared macaroni and cheese (22247 canned entree, 22960 from mix, 22970 frozen): one food
  { who: "college student", text: "mac and cheese", expect: [f(MAC_AND_CHEESE, 130, 300)] },
  { who: "teen", text: "a slice of pepperoni pizza", expect: [dp(/pizza/i, D.pizzaSlice)] },
  { who: "teen", text: "2 slices of cheese pizza", expect: [dish(/pizza/i, 170, 360)] },
  { who: "Californian", text: "a bean and cheese burrito", expect: [dp(/burrito/i, D.burrito)] },
  { who: "Mexican-American nurse", text: "2 chicken tacos", expect: [dish(/taco/i, 140, 300)] },
  { who: "trucker", text: "a cheeseburger", expect: [dp(/burger/i, D.burger)] },
  { who: "sick day", text: "a bowl of chicken noodle soup", expect: [dp(/soup/i, D.soupBowl)] },
  { who: "Japanese student", text: "a bowl of miso soup", expect: [dish(/miso|soup/i, 180, 400)] },
  { who: "vegetarian", text: "a cup of lentil soup", expect: [dish(/soup/i, 215, 275)] }, // cup 240-250 g
  { who: "Italian-American dad", text: "spaghetti with meat sauce", expect: [dp(/spaghetti/i, D.spaghettiSauce)] },
  { who: "nonna", text: "a slice of lasagna", expect: [dp(/lasagna/i, D.lasagna)] },
  { who: "weekend brunch", text: "a 3-egg omelette with cheese", expect: [dish(/omelet/i, 150, 260)] }, // 3 x 50 g + cheese
  { who: "gym-goer", text: "a banana smoothie", expect: [dp(/smoothie/i, D.smoothie)] },
  { who: "Tokyo office worker", text: "6 pieces of salmon sushi", expect: [dp(/sushi/i, D.sushi6)] },
  { who: "lunch meeting", text: "a caesar salad", expect: [dish(/salad/i, 150, 400)] },
  { who: "Cantonese home cook", text: "chicken stir-fry", expect: [dp(/stir/i, D.stirFry)] },
  { who: "Scottish student", text: "porridge with milk", expect: [dp(/porridge|oat/i, D.porridgeWithMilk)] },
  { who: "child", text: "a bowl of cereal with milk", expect: [dp(/cereal/i, D.cerealWithMilk)] },
  { who: "office worker", text: "a ham and cheese sandwich", expect: [dp(/sandwich/i, D.sandwich)] },
  { who: "Greek student", text: "a greek salad", expect: [dish(/salad/i, 150, 400)] },

  // --- snacks, sweets, fats
  { who: "British student", text: "a bag of crisps", expect: [f(POTATO_CHIPS, 23, 50)] }, // 25-40 g UK bag, 1 oz 28 g US
  { who: "commuter", text: "a chocolate bar", expect: [f(MILK_CHOCOLATE, 35, 55)] }, // 1.55 oz bar 44 g
  { who: "child", text: "2 oreos", expect: [f(OREO, 20, 27)] }, // 3 cookies = 36 g -> 12 g each
  { who: "hiker", text: "a granola bar", expect: [f(GRANOLA_BAR, 20, 45)] }, // 21-43 g
  { who: "movie night", text: "3 cups popcorn", expect: [f(POPCORN, 21, 37)] }, // 3 x 8 g (air) .. 3 x 11 g (oil)
  { who: "coffee-shop regular", text: "a blueberry muffin", expect: [f(BLUEBERRY_MUFFIN, 55, 140)] }, // medium 113 g
  { who: "police officer", text: "a glazed donut", expect: [f(DONUT, 40, 75)] }, // medium 45-64 g
  { who: "Mediterranean cook", text: "1 tbsp olive oil", expect: [f(OLIVE_OIL, 12.1, 14.9)] }, // 13.5 g
  { who: "tea drinker", text: "1 tbsp honey", expect: [f(HONEY, 19, 23)] }, // 21 g
  { who: "dessert", text: "1/2 cup vanilla ice cream", expect: [f(ICE_CREAM, 59, 73)] }, // 66 g

  // --- more everyday foods
  { who: "older woman", text: "a cup of cantaloupe", expect: [f(CANTALOUPE, 140, 195)] }, // cubes 160, diced 156, balls 177 g
  { who: "retiree on statins", text: "half a grapefruit", expect: [f(GRAPEFRUIT, 100, 170)] }, // 1/2 medium 128 g, 1/2 fruit 123 g
  { who: "dieter", text: "a stalk of celery", expect: [f(CELERY, 30, 50)] }, // medium stalk 40 g
  { who: "Thanksgiving guest", text: "a dinner roll", expect: [f(ROLL_WW, 24, 45)] }, // 1 roll (1 oz) 28 g; small 25 g
  { who: "office worker", text: "3 slices of deli turkey", expect: [f(TURKEY_DELI, 40, 92)] }, // 3 x 15-28 g
  { who: "road-tripper", text: "1 oz mixed nuts", expect: [f(MIXED_NUTS, 25.5, 31.2)] },
  { who: "book club", text: "a glass of wine", expect: [fp(WINE, P.wineGlass)] }, // 5 fl oz 147 g
  { who: "Super Bowl party", text: "1 oz tortilla chips", expect: [f(TORTILLA_CHIPS, 25.5, 31.2)] },

  // --- preparation words that refine the match
  { who: "DASH follower", text: "1 oz unsalted almonds", expect: [f(["12061", "12062", "12063", "12065"], 25.5, 31.2)] },
  {
    who: "dieter",
    text: "1 cup low-fat yogurt",
    expect: [f(["01117", "01119", "01120", "01121", "01122", "01203", "01216", "01217", "01219", "01220", "01231", "01284", "01287", "01297"], 220, 270)],
  }, // cup 245 g
  { who: "heart patient", text: "2 slices whole-grain bread", expect: [f(["28397", "18036", ...WW_BREAD], 45, 85)] }, // 2 x 24-41 g
];
