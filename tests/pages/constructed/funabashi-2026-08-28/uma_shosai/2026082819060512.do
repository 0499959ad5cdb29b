<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta name="viewport" content="width=device-width, maximum-scale=1.0, user-scalable=yes">
<title>出馬表 |  南関東4競馬場｜nankankeiba.com</title>
<link rel="stylesheet" href="/assets/css/main.css?v=20250125">
</head>
<body>
<input type="hidden" id="gamenKirikaeMenu_openDate" value="20260828">
<div class="nk23_c-tab1">
<div class="nk23_c-tab1__content">
<div class="nk23_l-container">
<div class="nk23_c-tab1__box">
<div class="nk23_c-tab1__box__top">
<div class="nk23_c-tab1__box__content">
<div class="nk23_c-tab1__accor js-tab1-accor">
<p class="nk23_c-tab1__subtitle">
<span class="nk23_c-tab1__subtitle__label">12R</span>
<span class="nk23_c-tab1__subtitle__text">2026年8月28日</span>
<span class="nk23_c-tab1__subtitle__text">第6回&nbsp;船橋競馬&nbsp;第5日</span>
<span class="nk23_c-tab1__subtitle__bottom">
<a href="/course_result/191800000000.do" class="nk23_c-tab1__subtitle__text is-blue">
ダ<span class="is-medium">1,800m</span>（外）
</a>
<span class="nk23_c-tab1__subtitle__text">（13頭）</span>
<span class="nk23_c-tab1__subtitle__text">発走時刻<span class="is-medium"><font class="tx-red01">20:55</font></span></span>
</span>
</p>
<p class="nk23_c-tab1__text">八肥の会ｐｒｅｓｅｎｔｓ</p>
<h3 class="nk23_c-tab1__title">
<span class="nk23_c-tab1__title__text">２０２６ＪｏｃｋｅｙｓＦｅｓｔｉｖａｌ（５ｔｈ） Ｃ２ 選抜馬</span>
</h3>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
<div id="shosai_aria">
<div class="nk23_c-table22">
<table class="nk23_c-table22__table">
<thead>
<tr>
<th class="waku">枠</th>
<th class="umaban">馬番</th>
<th class="pr-umaName-textRound">馬名・性齢・毛色</th>
<th class="cs-g1">騎手・負担重量・調教師</th>
<th class="cs-z1">前走</th>
<th class="cs-z2">2走前</th>
<th class="cs-z3">3走前</th>
<th class="cs-z4">4走前</th>
<th class="cs-z5">5走前</th>
</tr>
</thead>
<tbody>
<tr>
<td rowspan="1" class="waku nk23_u-bg-white">1</td>
<td class="umaban">1</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2022106145.do"><span class="nk23_u-text16">オリエンタルマック</span></a>
<p class="nk23_u-text10">牡4</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/030840.do">西村栄喜</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011228.do">酒井一則</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="1" class="waku nk23_u-bg-color0">2</td>
<td class="umaban">2</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2020104229.do"><span class="nk23_u-text16">ボニファシオ</span></a>
<p class="nk23_u-text10">牡6</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031147.do">本田正重</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011303.do">山本学</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="1" class="waku nk23_u-bg-color13">3</td>
<td class="umaban">3</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2021102771.do"><span class="nk23_u-text16">フェイスカワサキ</span></a>
<p class="nk23_u-text10">牡5</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031306.do">木間塚龍馬</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011514.do">石崎駿</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color14">4</td>
<td class="umaban">4</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2021101109.do"><span class="nk23_u-text16">ビューティビースト</span></a>
<p class="nk23_u-text10">牝5</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031110.do">實川純一</a><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011228.do">酒井一則</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">5</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2020105944.do"><span class="nk23_u-text16">ニシノシャイニング</span></a>
<p class="nk23_u-text10">牡6</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031187.do">小杉亮</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011174.do">佐々木清明</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color15">5</td>
<td class="umaban">6</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2020103375.do"><span class="nk23_u-text16">オランジー</span></a>
<p class="nk23_u-text10">牝6</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031210.do">柿本量平</a><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011088.do">阿井正雄</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">7</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2022104371.do"><span class="nk23_u-text16">タカオスマイル</span></a>
<p class="nk23_u-text10">牡4</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031120.do">山口達弥</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011426.do">山田信大</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color16">6</td>
<td class="umaban">8</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2021104744.do"><span class="nk23_u-text16">アンティシパル</span></a>
<p class="nk23_u-text10">セ5</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031366.do">沖響主</a><br>
<span class="nk23_u-text12">▲53.0</span><br>
<a href="/cho_info/011425.do">山下貴之</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">9</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2021100880.do"><span class="nk23_u-text16">ファイアーサイン</span></a>
<p class="nk23_u-text10">牡5</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/030800.do">野澤憲彦</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011459.do">林幻</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color17">7</td>
<td class="umaban">10</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2020103897.do"><span class="nk23_u-text16">シュヴァルツナーガ</span></a>
<p class="nk23_u-text10">牝6</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031261.do">岡村健司</a><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011222.do">矢野義幸</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">11</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2022101895.do"><span class="nk23_u-text16">ノーヴヒーロー</span></a>
<p class="nk23_u-text10">牡4</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031087.do">庄司大輔</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011022.do">林正人</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color18">8</td>
<td class="umaban">12</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2022106921.do"><span class="nk23_u-text16">ユウオウマイシン</span></a>
<p class="nk23_u-text10">牡4</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031178.do">川島正太郎</a><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/010965.do">吉田正美</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">13</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12"></p>
<a class="is-link" href="/uma_info/2022106050.do"><span class="nk23_u-text16">ヨルノチョウ</span></a>
<p class="nk23_u-text10">牝4</p>
<p class="nk23_u-text10"></p>
<p class="nk23_u-text10"></p>
</td>
<td class="cs-g1">
<a href="/kis_info/031235.do">張田昂</a><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011277.do">玉井昇</a>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
</tbody>
</table>
</div>
</div>
</body>
</html>
