/**
 * Name, street and place material for generated pupil lists: frequent German surnames and the
 * names of families with Turkish, Polish, Arabic, Italian, Greek, Balkan and other roots, first
 * names of children born around 2014, street words and NRW cities with postcode ranges. Ordered
 * roughly by frequency; the generator draws with falling weights.
 */

const COMMON_SURNAMES = (
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann ' +
  'Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler ' +
  'Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther ' +
  'Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt ' +
  'Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch ' +
  'Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan ' +
  'Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański ' +
  'Dąbrowski Kozłowski Jankowski Mazur Krawczyk Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Papadopoulos Georgiou ' +
  'Nikolaidis Dimitriou Popović Jovanović Petrović Nikolić Marković Đorđević Hodžić Hasanović Berisha Krasniqi Gashi Hoxha Ivanov ' +
  'Smirnov Kuznetsov Popov Schewtschenko Bondarenko Kovalenko Nguyen Tran Pham Haddad Khalil Hassan Ahmadi Mohammadi Hosseini Rahimi ' +
  'Abdullah Mansour Saleh Ibrahim Yusuf Osman Diallo Mensah Okafor Novák Dvořák Horváth Tóth Nagy Szabó Popescu Ionescu García ' +
  'Fernández Rodríguez Silva Santos Pereira Oliveira Großmann Schüßler Weißenborn Kößler Nüßlein Jürgens Bäcker Gärtner Käfer Sänger ' +
  'Kübler Hölzer Rößler Strauß Preuß Voß'
).split(' ');

/** Names with a particle, and the spellings other lists use for them. */
export const PARTICLE_VARIANTS: Record<string, string[]> = {
  'van der Berg': ['van den Berg', 'Vandenberg', 'Berg', 'Van der Berg'],
  'de Vries': ['De Vries', 'deVries', 'Vries'],
  'von der Heide': ['Von der Heide', 'Heide', 'v. d. Heide'],
  'zur Mühlen': ['Zur Mühlen', 'Mühlen', 'Zurmühlen'],
  'di Marco': ['Di Marco', 'DiMarco', 'Dimarco'],
  'Al-Hassan': ['Al Hassan', 'Hassan', 'Alhassan', 'El-Hassan'],
  'El Amrani': ['El-Amrani', 'Amrani', 'Elamrani'],
  'ter Horst': ['Ter Horst', 'Terhorst', 'Horst'],
  'vom Hofe': ['Vom Hofe', 'Hofe', 'Vomhofe'],
};

export const SURNAMES = [...COMMON_SURNAMES.slice(0, 120), ...Object.keys(PARTICLE_VARIANTS), ...COMMON_SURNAMES.slice(120)];


export const GIRLS = (
  'Mia Emma Hannah Sofia Anna Emilia Lina Marie Lena Mila Lea Leonie Amelie Sophie Clara Johanna Ella Lara Zoe Luisa Laura Frieda ' +
  'Charlotte Nele Ida Lilly Greta Maja Paula Mathilda Matilda Melina Jana Julia Sarah Lisa Alina Elif Zeynep Ayşe Esra Merve Ecem ' +
  'Defne Nisa Eylül Aylin Amira Aaliyah Fatima Maryam Lejla Amina Zofia Zuzanna Oliwia Wiktoria Chiara Giulia Sophia Eleni Katharina ' +
  'Viktoria Jule Pia Marlene Carla Romy Mira Nora Isabell Jasmin Chloé Zoë Anaïs Joséphine Jördis Gülsüm Şeyma Büşra Müge'
).split(' ');

export const BOYS = (
  'Ben Paul Leon Finn Elias Jonas Luis Noah Felix Lukas Maximilian Henry Emil Luca Liam Anton Theo Jakob Moritz Julian Niklas Tim David ' +
  'Philipp Alexander Jan Tom Nico Fabian Oskar Mats Matteo Milan Leo Karl Hannes Vincent Levi Mohammed Muhammad Ali Yusuf Emir Mustafa ' +
  'Ömer Eymen Ahmet Mehmet Hamza Omar Ibrahim Adam Kerem Berat Jakub Antoni Szymon Filip Mikołaj Lorenzo Giovanni Nikolaos Giorgos Luka ' +
  'Stefan Arda Enes Mert Yiğit Efe Björn Sören Jörn Jürgen Rüdiger Noël Joël André René Jérôme Mattis Malte Till Lennard Lennart Bastian'
).split(' ');

/** First names that lists often write as a double name; the second word is the child's other name. */
export const SECOND_NAMES_GIRLS = ['Sophie', 'Marie', 'Lena', 'Luise', 'Charlotte', 'Maria', 'Elisabeth', 'Katharina'];
export const SECOND_NAMES_BOYS = ['Alexander', 'Maximilian', 'Paul', 'Johannes', 'Luca', 'Emil', 'Friedrich', 'Ali'];

export const STREET_WORDS = (
  'Haupt Bahnhof Schul Garten Kirch Berg Wald Linden Eichen Birken Goethe Schiller Mozart Beethoven Kaiser Markt Mühlen Feld Wiesen ' +
  'Rosen Tannen Post Brunnen Burg Kölner Bonner Dorf Sonnen Friedhof Ahorn Buchen Blumen Amsel Drossel Lerchen Finken Heide Ring ' +
  'Brücken Hafen Kanal Ufer Park Rathaus Turm Zechen Hütten Glück Auf Schützen Jahn Luther Bismarck Königs Grafen Bach Weiden Erlen'
).split(' ');
export const STREET_KINDS = ['straße', 'straße', 'straße', 'weg', 'weg', 'allee', 'platz', 'ring', 'gasse'];

/** NRW cities with the span of their postcodes (first and last). */
export const CITIES: readonly [string, number, number][] = [
  ['Köln', 50667, 51149],
  ['Düsseldorf', 40210, 40629],
  ['Dortmund', 44135, 44388],
  ['Essen', 45127, 45359],
  ['Duisburg', 47051, 47279],
  ['Bochum', 44787, 44894],
  ['Wuppertal', 42103, 42399],
  ['Bielefeld', 33602, 33739],
  ['Bonn', 53111, 53229],
  ['Münster', 48143, 48167],
  ['Gelsenkirchen', 45879, 45899],
  ['Mönchengladbach', 41061, 41239],
  ['Aachen', 52062, 52080],
  ['Krefeld', 47798, 47839],
  ['Oberhausen', 46045, 46149],
  ['Hagen', 58089, 58135],
  ['Hamm', 59063, 59077],
  ['Mülheim an der Ruhr', 45468, 45481],
  ['Leverkusen', 51371, 51381],
  ['Solingen', 42651, 42719],
  ['Herne', 44623, 44653],
  ['Neuss', 41460, 41472],
  ['Paderborn', 33098, 33106],
  ['Bottrop', 46236, 46244],
  ['Recklinghausen', 45657, 45665],
  ['Bergisch Gladbach', 51427, 51469],
  ['Remscheid', 42853, 42899],
  ['Moers', 47441, 47447],
  ['Siegen', 57072, 57080],
  ['Gütersloh', 33330, 33335],
];

/** Word parts for the long tail of rarer surnames (Brinkmann, Westerkamp, Lindhoff …). */
export const SURNAME_STEMS = (
  'Acker Bach Berg Brink Busch Eich Feld Franz Fried Gold Grün Hage Hart Heid Hell Hol Horst Kamp Kirch Kling Kron Lind Mohr Nie Ost ' +
  'Pott Rein Ros Sand Schön Stein Stroh Tann Vor Wester Wies Wilm Wind Zell Hüls Brock Dreck Kött Lüt Mend Piep Quer Rüt Spel Teck'
).split(' ');
export const SURNAME_ENDINGS = 'mann er ke hoff haus kamp meier brink rath ner ing ert hold mund dorf feld land horst stedt bach wald hagen beck'.split(' ');
