/**
 * Country names in the other languages capcheck reads GDP comparisons in: Polish in the nominative
 * and the genitive ("PKB Maroka", "the GDP of Morocco"), and Japanese, Chinese and Korean for the
 * larger economies. Only names that differ from the English ones are listed. Case-sensitive.
 */
export const POLISH_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  ARE: ['Zjednoczone Emiraty Arabskie', 'Zjednoczonych Emiratów Arabskich'], ARG: ['Argentyna', 'Argentyny'], AUS: ['Australii'],
  AUT: ['Austrii'], BEL: ['Belgia', 'Belgii'], BGD: ['Bangladesz', 'Bangladeszu'], BGR: ['Bułgaria', 'Bułgarii'], BLR: ['Białoruś', 'Białorusi'],
  BRA: ['Brazylia', 'Brazylii'], CAN: ['Kanada', 'Kanady'], CHE: ['Szwajcaria', 'Szwajcarii'], CHN: ['Chiny', 'Chin'], COL: ['Kolumbia', 'Kolumbii'],
  CZE: ['Czechy', 'Czech'], DEU: ['Niemcy', 'Niemiec'], DNK: ['Dania', 'Danii'], DZA: ['Algieria', 'Algierii'], EGY: ['Egipt', 'Egiptu'],
  ESP: ['Hiszpania', 'Hiszpanii'], EST: ['Estonii'], ETH: ['Etiopia', 'Etiopii'], FIN: ['Finlandia', 'Finlandii'], FRA: ['Francja', 'Francji'],
  GBR: ['Wielka Brytania', 'Wielkiej Brytanii'], GRC: ['Grecja', 'Grecji'], HRV: ['Chorwacja', 'Chorwacji'], HUN: ['Węgry', 'Węgier'],
  IDN: ['Indonezja', 'Indonezji'], IND: ['Indie', 'Indii'], IRL: ['Irlandia', 'Irlandii'], IRN: ['Iranu'], IRQ: ['Irak', 'Iraku'],
  ISL: ['Islandia', 'Islandii'], ISR: ['Izraela'], ITA: ['Włochy', 'Włoch'], JPN: ['Japonia', 'Japonii'], KAZ: ['Kazachstanu'],
  KEN: ['Kenia', 'Kenii'], KOR: ['Korea Południowa', 'Korei Południowej'], KWT: ['Kuwejt', 'Kuwejtu'], LTU: ['Litwa', 'Litwy'],
  LUX: ['Luksemburg', 'Luksemburga'], LVA: ['Łotwa', 'Łotwy'], MAR: ['Maroko', 'Maroka'], MEX: ['Meksyk', 'Meksyku'], MYS: ['Malezja', 'Malezji'],
  NGA: ['Nigerii'], NLD: ['Holandia', 'Holandii'], NOR: ['Norwegia', 'Norwegii'], NZL: ['Nowa Zelandia', 'Nowej Zelandii'],
  PAK: ['Pakistanu'], PHL: ['Filipiny', 'Filipin'], POL: ['Polska', 'Polski'], PRT: ['Portugalia', 'Portugalii'], QAT: ['Katar', 'Kataru'],
  ROU: ['Rumunia', 'Rumunii'], RUS: ['Rosja', 'Rosji'], SAU: ['Arabia Saudyjska', 'Arabii Saudyjskiej'], SGP: ['Singapur', 'Singapuru'],
  SRB: ['Serbii'], SVK: ['Słowacja', 'Słowacji'], SVN: ['Słowenia', 'Słowenii'], SWE: ['Szwecja', 'Szwecji'], THA: ['Tajlandia', 'Tajlandii'],
  TUN: ['Tunezja', 'Tunezji'], TUR: ['Turcja', 'Turcji'], UKR: ['Ukraina', 'Ukrainy'], USA: ['Stany Zjednoczone', 'Stanów Zjednoczonych'],
  VNM: ['Wietnam', 'Wietnamu'], ZAF: ['Republika Południowej Afryki', 'Republiki Południowej Afryki', 'RPA'],
};

/** Japanese, Chinese (simplified and traditional) and Korean names: written with no spaces, matched inside words. */
export const CJK_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['アメリカ', '米国', '美国', '美國', '미국'], CHN: ['中国', '中國', '중국'], JPN: ['日本', '일본'], DEU: ['ドイツ', '德国', '德國', '독일'],
  IND: ['インド', '印度', '인도'], GBR: ['イギリス', '英国', '英國', '영국'], FRA: ['フランス', '法国', '法國', '프랑스'],
  ITA: ['イタリア', '意大利', '이탈리아'], CAN: ['カナダ', '加拿大', '캐나다'], BRA: ['ブラジル', '巴西', '브라질'],
  RUS: ['ロシア', '俄罗斯', '俄羅斯', '러시아'], KOR: ['韓国', '韩国', '韓國', '한국'], AUS: ['オーストラリア', '澳大利亚', '澳洲', '호주'],
  ESP: ['スペイン', '西班牙', '스페인'], MEX: ['メキシコ', '墨西哥', '멕시코'], IDN: ['インドネシア', '印度尼西亚', '印尼', '인도네시아'],
  NLD: ['オランダ', '荷兰', '荷蘭', '네덜란드'], SAU: ['サウジアラビア', '沙特阿拉伯', '沙特', '사우디아라비아'], TUR: ['トルコ', '土耳其', '튀르키예', '터키'],
  CHE: ['スイス', '瑞士', '스위스'], POL: ['ポーランド', '波兰', '波蘭', '폴란드'], SWE: ['スウェーデン', '瑞典', '스웨덴'],
  TWN: ['台湾', '台灣', '臺灣', '대만'], SGP: ['シンガポール', '新加坡', '싱가포르'], ARG: ['アルゼンチン', '阿根廷', '아르헨티나'],
  NOR: ['ノルウェー', '挪威', '노르웨이'], UKR: ['ウクライナ', '乌克兰', '烏克蘭', '우크라이나'], VNM: ['ベトナム', '越南', '베트남'],
};
