<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta name="viewport" content="width=device-width, maximum-scale=1.0, user-scalable=yes">
<title>出馬表 |  南関東4競馬場｜nankankeiba.com</title>
<link rel="stylesheet" href="/assets/css/main.css?v=20250125">
</head>
<body>
<input type="hidden" id="gamenKirikaeMenu_openDate" value="20250101">
<div class="nk23_c-tab1">
<div class="nk23_c-tab1__content">
<div class="nk23_l-container">
<div class="nk23_c-tab1__box">
<div class="nk23_c-tab1__box__top">
<div class="nk23_c-tab1__box__content">
<div class="nk23_c-tab1__accor js-tab1-accor">
<p class="nk23_c-tab1__subtitle">
<span class="nk23_c-tab1__subtitle__label">6R</span>
<span class="nk23_c-tab1__subtitle__text">2025年1月1日</span>
<span class="nk23_c-tab1__subtitle__text">第10回&nbsp;川崎競馬&nbsp;第2日</span>
<span class="nk23_c-tab1__subtitle__bottom">
<a href="/course_result/211400000000.do" class="nk23_c-tab1__subtitle__text is-blue">
ダ<span class="is-medium">1,400m</span>
</a>
<span class="nk23_c-tab1__subtitle__text">（14頭）</span>
<span class="nk23_c-tab1__subtitle__text">発走時刻<span class="is-medium"><font class="tx-red01">13:50</font></span></span>
</span>
</p>
<p class="nk23_c-tab1__text">川崎ジャンプアップシリーズ　扇は広がる、末広がりだ！</p>
<h3 class="nk23_c-tab1__title">
<span class="nk23_c-tab1__title__text">四扇（しおうぎ）賞Ｃ２一 二</span>
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
<td rowspan="1" class="waku nk23_u-bg-color13">1</td>
<td class="umaban">1</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">ドレフォン</p>
<a class="is-link" href="/uma_info/2021100001.do"><span class="nk23_u-text16">リュウノシンクウハ</span></a>
<p class="nk23_u-text10">牡4 鹿毛</p>
<p class="nk23_u-text10">ホウホウ</p>
<p class="nk23_u-text10">（Dylan Thomas）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031343.do">佐野遥</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">△54.0</span><br>
<a href="/cho_info/011223.do">高月賢</a><span class="nk23_u-text10">(川崎)</span>
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
<p class="nk23_u-text12">ドレフォン</p>
<a class="is-link" href="/uma_info/2021100002.do"><span class="nk23_u-text16">シンボリノエル</span></a>
<p class="nk23_u-text10">牝4 鹿毛</p>
<p class="nk23_u-text10">ダンツペンダント</p>
<p class="nk23_u-text10">（オレハマッテルゼ）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031068.do">矢野貴</a><span class="nk23_u-text10">(大井)</span><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011223.do">高月賢</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color14">3</td>
<td class="umaban">3</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">サンダースノー</p>
<a class="is-link" href="/uma_info/2021100003.do"><span class="nk23_u-text16">フィアマフルミネ</span></a>
<p class="nk23_u-text10">牝4 栗毛</p>
<p class="nk23_u-text10">カレーニナ</p>
<p class="nk23_u-text10">（カンパニー）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/030983.do">御神訓</a><span class="nk23_u-text10">(大井)</span><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011493.do">酒井忍</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">4</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">ワールドエース</p>
<a class="is-link" href="/uma_info/2021100004.do"><span class="nk23_u-text16">スリーオウギ</span></a>
<p class="nk23_u-text10">セ4 鹿毛</p>
<p class="nk23_u-text10">タマノベレッツァ</p>
<p class="nk23_u-text10">（ワイルドラッシュ）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031074.do">和田譲</a><span class="nk23_u-text10">(大井)</span><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011382.do">鈴木義</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color15">4</td>
<td class="umaban">5</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">トランセンド</p>
<a class="is-link" href="/uma_info/2021100005.do"><span class="nk23_u-text16">シスターネビュラ</span></a>
<p class="nk23_u-text10">牝4 栗毛</p>
<p class="nk23_u-text10">シスターエレキング</p>
<p class="nk23_u-text10">（アグネスデジタル）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031308.do">神尾香</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">▲51.0</span><br>
<a href="/cho_info/011388.do">山田質</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">6</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">エスポワールシチー</p>
<a class="is-link" href="/uma_info/2021100006.do"><span class="nk23_u-text16">エルリーブル</span></a>
<p class="nk23_u-text10">セ4 栗毛</p>
<p class="nk23_u-text10">グローリアスヴォレ</p>
<p class="nk23_u-text10">（サウスヴィグラス）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031191.do">伊藤裕</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011428.do">平田正</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color16">5</td>
<td class="umaban">7</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">エスポワールシチー</p>
<a class="is-link" href="/uma_info/2021100007.do"><span class="nk23_u-text16">スピードスター</span></a>
<p class="nk23_u-text10">牝5 栗毛</p>
<p class="nk23_u-text10">ラヤーリドバイ</p>
<p class="nk23_u-text10">（Street Sense）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031342.do">加藤雄</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">▲51.0</span><br>
<a href="/cho_info/011107.do">山崎尋</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">8</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">モーニン</p>
<a class="is-link" href="/uma_info/2021100008.do"><span class="nk23_u-text16">タツノノヴァ</span></a>
<p class="nk23_u-text10">牡4 栗毛</p>
<p class="nk23_u-text10">エイシンデルフィー</p>
<p class="nk23_u-text10">（エイシンアポロン）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031322.do">新原周</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011224.do">田邊陽</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color17">6</td>
<td class="umaban">9</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">マジェスティックウォリアー</p>
<a class="is-link" href="/uma_info/2021100009.do"><span class="nk23_u-text16">マーゴットエクラ</span></a>
<p class="nk23_u-text10">牝4 黒鹿毛</p>
<p class="nk23_u-text10">エイドローン</p>
<p class="nk23_u-text10">（プリサイスエンド）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031323.do">野畑凌</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011223.do">高月賢</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">10</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">エスポワールシチー</p>
<a class="is-link" href="/uma_info/2021100010.do"><span class="nk23_u-text16">オトメノネガイ</span></a>
<p class="nk23_u-text10">牝4 鹿毛</p>
<p class="nk23_u-text10">アムールリアン</p>
<p class="nk23_u-text10">（ファスリエフ）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031172.do">本田紀</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011257.do">田島寿</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color18">7</td>
<td class="umaban">11</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">ハービンジャー</p>
<a class="is-link" href="/uma_info/2021100011.do"><span class="nk23_u-text16">ラムテリオス</span></a>
<p class="nk23_u-text10">牝4 芦毛</p>
<p class="nk23_u-text10">ビーチパラソル</p>
<p class="nk23_u-text10">（ダイワメジャー）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031147.do">本田重</a><span class="nk23_u-text10">(船橋)</span><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/011382.do">鈴木義</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">12</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">オルフェーヴル</p>
<a class="is-link" href="/uma_info/2021100012.do"><span class="nk23_u-text16">ノーブルウィスパー</span></a>
<p class="nk23_u-text10">牝4 栗毛</p>
<p class="nk23_u-text10">ネオアレクサンドラ</p>
<p class="nk23_u-text10">（アグネスタキオン）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031061.do">岩橋勇</a><span class="nk23_u-text10">(川崎)</span><br>
<span class="nk23_u-text12">54.0</span><br>
<a href="/cho_info/010357.do">八木仁</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td rowspan="2" class="waku nk23_u-bg-color19">8</td>
<td class="umaban">13</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">ワールドエース</p>
<a class="is-link" href="/uma_info/2021100013.do"><span class="nk23_u-text16">ラヴォタ</span></a>
<p class="nk23_u-text10">牡4 鹿毛</p>
<p class="nk23_u-text10">ラヴォコ</p>
<p class="nk23_u-text10">（カネヒキリ）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031272.do">落合玄</a><span class="nk23_u-text10">(浦和)</span><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011355.do">林隆之</a><span class="nk23_u-text10">(川崎)</span>
</td>
<td class="cs-z1"></td>
<td class="cs-z2"></td>
<td class="cs-z3"></td>
<td class="cs-z4"></td>
<td class="cs-z5"></td>
</tr>
<tr>
<td class="umaban">14</td>
<td class="torikeshi">取消</td>
<td class="pr-umaName-textRound">
<p class="nk23_u-text12">フサイチセブン</p>
<a class="is-link" href="/uma_info/2021100014.do"><span class="nk23_u-text16">エクステンシヴリー</span></a>
<p class="nk23_u-text10">牡4 鹿毛</p>
<p class="nk23_u-text10">グランドサッチャー</p>
<p class="nk23_u-text10">（ダイワメジャー）</p>
</td>
<td class="cs-g1">
<a href="/kis_info/031235.do">張田昂</a><span class="nk23_u-text10">(船橋)</span><br>
<span class="nk23_u-text12">56.0</span><br>
<a href="/cho_info/011257.do">田島寿</a><span class="nk23_u-text10">(川崎)</span>
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
