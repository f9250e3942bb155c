// Knowledge for splitting Chinese, Japanese and Korean names written without a space into family and
// given name. Almost every Chinese and Korean family name is one character; these are the common
// exceptions. A Japanese family name is most often two kanji; these are the common one-kanji ones.

/** Chinese compound family names, simplified and traditional ("欧阳娜" is 欧阳 + 娜). */
export const CHINESE_COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫',
  '慕容', '长孙', '長孫', '宇文', '司徒', '夏侯', '轩辕', '軒轅', '令狐', '端木', '澹台', '南宫', '南宮', '西门',
  '西門', '独孤', '獨孤', '申屠', '呼延', '范姜', '张简', '張簡', '张廖', '張廖', '万俟', '萬俟', '钟离', '鍾離',
  '闻人', '聞人', '赫连', '赫連', '司空', '太史', '百里', '第五', '拓跋', '淳于', '单于', '單于',
];

/** Korean two-syllable family names ("남궁민" is 남궁 + 민). */
export const KOREAN_COMPOUND_SURNAMES: readonly string[] = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '망절'];

/** Common Japanese one-kanji family names ("林美咲" is 林 + 美咲; "田中誠" is 田中 + 誠). */
export const JAPANESE_ONE_KANJI_SURNAMES: readonly string[] = [
  '林', '森', '原', '関', '西', '東', '南', '北', '堀', '辻', '泉', '岡', '谷', '島', '嶋', '浜', '濱', '沢', '澤',
  '桜', '梅', '杉', '菊', '萩', '柳', '牧', '星', '宮', '丸', '市', '平', '藤', '秋', '岩', '池', '坂', '畑',
  '兼', '堤', '榊', '楠', '樋', '笹', '陣', '葉', '轟', '乾', '巽', '新', '城', '峰', '岸', '港', '栗', '桑',
];
