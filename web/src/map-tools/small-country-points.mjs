// Points for countries and territories that Natural Earth's 1:110m map has no polygon for (too small at that
// scale), so suppliers there still get a marker. Each is the capital or main port, rounded to 0.1 degree
// (coordinates as in Natural Earth's populated-places layer and any atlas). A country missing here and from the
// map gets no marker: the page lists its spend under "not on the map" instead of guessing a place.
export const SMALL_COUNTRY_POINTS = [
  ['AD', 1.5, 42.5, 'Andorra la Vella'],
  ['AG', -61.8, 17.1, "St. John's"],
  ['BB', -59.6, 13.1, 'Bridgetown'],
  ['BH', 50.6, 26.2, 'Manama'],
  ['CV', -23.5, 14.9, 'Praia'],
  ['GI', -5.4, 36.1, 'Gibraltar'],
  ['HK', 114.2, 22.3, 'Hong Kong'],
  ['KM', 43.3, -11.7, 'Moroni'],
  ['LC', -61.0, 14.0, 'Castries'],
  ['LI', 9.5, 47.1, 'Vaduz'],
  ['MC', 7.4, 43.7, 'Monaco'],
  ['MO', 113.5, 22.2, 'Macau'],
  ['MT', 14.5, 35.9, 'Valletta'],
  ['MU', 57.5, -20.2, 'Port Louis'],
  ['MV', 73.5, 4.2, 'Malé'],
  ['RE', 55.5, -21.1, 'Saint-Denis (Réunion)'],
  ['SC', 55.5, -4.6, 'Victoria (Seychelles)'],
  ['SG', 103.8, 1.3, 'Singapore'],
  ['SM', 12.4, 43.9, 'San Marino'],
  ['ST', 6.7, 0.3, 'São Tomé'],
  ['TO', -175.2, -21.1, "Nuku'alofa"],
  ['VA', 12.5, 41.9, 'Vatican City'],
  ['WS', -171.8, -13.8, 'Apia'],
  ['GP', -61.5, 16.2, 'Basse-Terre (Guadeloupe)'],
  ['MQ', -61.0, 14.6, 'Fort-de-France (Martinique)'],
  ['YT', 45.2, -12.8, 'Mamoudzou (Mayotte)']
];
