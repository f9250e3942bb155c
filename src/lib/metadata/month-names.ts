// Knowledge for text-date.ts: month names as news pages print them (full, abbreviated, genitive), and
// the labels that mark a date line as the update rather than the publication. Lower case, accents kept.

/** Each language's month names, January first; several forms per month separated by "|". */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sept|sep', 'october|oct', 'november|nov', 'december|dec'],
  fr: ['janvier|janv', 'février|févr|fevrier', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|déc|decembre'],
  de: ['januar|jänner|jan', 'februar|feber|feb', 'märz|mär|maerz', 'april|apr', 'mai', 'juni', 'juli', 'august|aug', 'september|sept|sep', 'oktober|okt', 'november|nov', 'dezember|dez'],
  es: ['enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago', 'septiembre|setiembre|sept|sep', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'],
  it: ['gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto|ago', 'settembre|set', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'],
  pt: ['janeiro|jan', 'fevereiro|fev', 'março|marco|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul', 'agosto|ago', 'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez'],
  nl: ['januari|jan', 'februari|feb', 'maart|mrt', 'april|apr', 'mei', 'juni', 'juli', 'augustus|aug', 'september|sep', 'oktober|okt', 'november|nov', 'december|dec'],
  pl: ['stycznia|styczeń|sty', 'lutego|luty|lut', 'marca|marzec|mar', 'kwietnia|kwiecień|kwi', 'maja|maj', 'czerwca|czerwiec|cze', 'lipca|lipiec|lip', 'sierpnia|sierpień|sie', 'września|wrzesień|wrz', 'października|październik|paź', 'listopada|listopad|lis', 'grudnia|grudzień|gru'],
  sv: ['januari|jan', 'februari|feb', 'mars|mar', 'april|apr', 'maj', 'juni|jun', 'juli|jul', 'augusti|aug', 'september|sep', 'oktober|okt', 'november|nov', 'december|dec'],
  da: ['januar|jan', 'februar|feb', 'marts|mar', 'april|apr', 'maj', 'juni|jun', 'juli|jul', 'august|aug', 'september|sep', 'oktober|okt', 'november|nov', 'december|dec'],
  nb: ['januar|jan', 'februar|feb', 'mars|mar', 'april|apr', 'mai', 'juni|jun', 'juli|jul', 'august|aug', 'september|sep', 'oktober|okt', 'november|nov', 'desember|des'],
  fi: ['tammikuuta|tammikuu', 'helmikuuta|helmikuu', 'maaliskuuta|maaliskuu', 'huhtikuuta|huhtikuu', 'toukokuuta|toukokuu', 'kesäkuuta|kesäkuu', 'heinäkuuta|heinäkuu', 'elokuuta|elokuu', 'syyskuuta|syyskuu', 'lokakuuta|lokakuu', 'marraskuuta|marraskuu', 'joulukuuta|joulukuu'],
  cs: ['ledna|leden', 'února|únor', 'března|březen', 'dubna|duben', 'května|květen', 'června|červen', 'července|červenec', 'srpna|srpen', 'září', 'října|říjen', 'listopadu|listopad', 'prosince|prosinec'],
  ro: ['ianuarie|ian', 'februarie|feb', 'martie|mar', 'aprilie|apr', 'mai', 'iunie|iun', 'iulie|iul', 'august|aug', 'septembrie|sept', 'octombrie|oct', 'noiembrie|nov', 'decembrie|dec'],
  tr: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  hu: ['január|jan', 'február|febr', 'március|márc', 'április|ápr', 'május|máj', 'június|jún', 'július|júl', 'augusztus|aug', 'szeptember|szept', 'október|okt', 'november|nov', 'december|dec'],
  el: ['ιανουαρίου|ιανουάριος|ιαν', 'φεβρουαρίου|φεβρουάριος|φεβ', 'μαρτίου|μάρτιος|μαρ', 'απριλίου|απρίλιος|απρ', 'μαΐου|μαίου|μάιος', 'ιουνίου|ιούνιος', 'ιουλίου|ιούλιος', 'αυγούστου|αύγουστος|αυγ', 'σεπτεμβρίου|σεπτέμβριος|σεπ', 'οκτωβρίου|οκτώβριος|οκτ', 'νοεμβρίου|νοέμβριος|νοε', 'δεκεμβρίου|δεκέμβριος|δεκ'],
  ru: ['января|январь|янв', 'февраля|февраль|фев', 'марта|март|мар', 'апреля|апрель|апр', 'мая|май', 'июня|июнь', 'июля|июль', 'августа|август|авг', 'сентября|сентябрь|сен', 'октября|октябрь|окт', 'ноября|ноябрь|ноя', 'декабря|декабрь|дек'],
  uk: ['січня|січень', 'лютого|лютий', 'березня|березень', 'квітня|квітень', 'травня|травень', 'червня|червень', 'липня|липень', 'серпня|серпень', 'вересня|вересень', 'жовтня|жовтень', 'листопада|листопад', 'грудня|грудень'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  ca: ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'],
  hr: ['siječnja|siječanj', 'veljače|veljača', 'ožujka|ožujak', 'travnja|travanj', 'svibnja|svibanj', 'lipnja|lipanj', 'srpnja|srpanj', 'kolovoza|kolovoz', 'rujna|rujan', 'listopada|listopad', 'studenoga|studenog|studeni', 'prosinca|prosinac'],
  id: ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  ar: ['يناير|كانون الثاني', 'فبراير|شباط', 'مارس|آذار', 'أبريل|ابريل|نيسان', 'مايو|أيار', 'يونيو|حزيران', 'يوليو|تموز', 'أغسطس|اغسطس|آب', 'سبتمبر|أيلول', 'أكتوبر|اكتوبر|تشرين الأول', 'نوفمبر|تشرين الثاني', 'ديسمبر|كانون الأول'],
  th: ['มกราคม|ม.ค', 'กุมภาพันธ์|ก.พ', 'มีนาคม|มี.ค', 'เมษายน|เม.ย', 'พฤษภาคม|พ.ค', 'มิถุนายน|มิ.ย', 'กรกฎาคม|ก.ค', 'สิงหาคม|ส.ค', 'กันยายน|ก.ย', 'ตุลาคม|ต.ค', 'พฤศจิกายน|พ.ย', 'ธันวาคม|ธ.ค'],
  he: ['ינואר', 'פברואר', 'מרץ|מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
};

/** Month name (any listed language, lower case) → month number. Ambiguous forms keep the first. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const months of Object.values(MONTHS)) {
    months.forEach((forms, i) => {
      for (const f of forms.split('|')) if (!map.has(f)) map.set(f, i + 1);
    });
  }
  return map;
})();

/** Labels that make a date line the update ("Updated", "Mis à jour le", "Aktualisiert am"). */
export const UPDATED_LABELS = /(?<![\p{L}\p{M}])(?:updated?|last updated|modified|mis à jour|mise à jour|maj|aktualisiert|zuletzt aktualisiert|actualizado|actualización|atualizado|atualização|aggiornato|bijgewerkt|gewijzigd|zaktualizowano|aktualizacja|uppdaterad|opdateret|oppdatert|päivitetty|aktualizováno|actualizat|güncelleme|güncellendi|frissítve|ενημερώθηκε|обновлено|оновлено|актуализирана|actualitzat|ažurirano|diperbarui|עודכן)(?![\p{L}\p{M}])|更新|수정/iu;

/** Labels that make a date line the publication ("Published", "Publié le", "Veröffentlicht am"). */
export const PUBLISHED_LABELS = /(?<![\p{L}\p{M}])(?:published|posted|publié|publiée|veröffentlicht|erschienen|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publicerad|publiceret|publisert|julkaistu|publikováno|publicat|yayınlanma|yayınlandı|megjelent|δημοσιεύθηκε|опубликовано|опубліковано|публикувана|publicat|objavljeno|diterbitkan|פורסם)(?![\p{L}\p{M}])|公開|发布|發布|게시|입력/iu;
