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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241211">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.11</span>
<span class="nk23_u-text10">良ダ 900</span>
</div>
<a class="race_name_len" title="急雷賞Ｃ２選定馬">急雷賞Ｃ２選定馬</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 1番 1人気</span>
<span>△佐野遥54.0</span>
<span class="weight">490</span>
</p>
<p class="nk23_u-text10"><span class="winner">ミヤジミニー</span></p>
<p class="nk23_u-text10"><span class="racetime">0:55.5 (0.0)</span>
<span class="furlongtime">3F
38.0</span></p>
<p class="position"><span>11</span><span>1</span><span>1</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241031">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">門24.10.31</span>
<span class="nk23_u-text10">良ダ 1000</span>
</div>
<a class="race_name_len" title="オキザリス特別Ｃ２－１">オキザリス特別Ｃ２－</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">10頭 4番 2人気</span>
<span>石川倭57.0</span>
<span class="weight">488</span>
</p>
<p class="nk23_u-text10"><span class="winner">メトゥス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:02.0 (0.1)</span>
<span class="furlongtime">3F
36.9</span></p>
<p class="position"><span>8</span><span>5</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241022">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">門24.10.22</span>
<span class="nk23_u-text10">稍重ダ 1000</span>
</div>
<a class="race_name_len" title="３歳以上 Ｃ３－２ Ｃ４－１">３歳以上 Ｃ３－２ </a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 9番 1人気</span>
<span>石川倭57.0</span>
<span class="weight">496</span>
</p>
<p class="nk23_u-text10"><span class="winner">コリュウカゲミツ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:01.8 (0.1)</span>
<span class="furlongtime">3F
37.1</span></p>
<p class="position"><span>8</span><span>7</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20241008">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">門24.10.8</span>
<span class="nk23_u-text10">稍重ダ 1000</span>
</div>
<a class="race_name_len" title="３歳以上 Ｃ３－２ Ｃ４－１">３歳以上 Ｃ３－２ </a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 6番 1人気</span>
<span>石川倭57.0</span>
<span class="weight">496</span>
</p>
<p class="nk23_u-text10"><span class="winner">キラリメイラード</span></p>
<p class="nk23_u-text10"><span class="racetime">1:02.4 (0.3)</span>
<span class="furlongtime">3F
37.3</span></p>
<p class="position"><span>6</span><span>3</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240925">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">門24.9.25</span>
<span class="nk23_u-text10">良ダ 1000</span>
</div>
<a class="race_name_len" title="ヘメロカリス特別Ｃ３Ｃ４－１">ヘメロカリス特別Ｃ３</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 10番 1人気</span>
<span>石川倭57.0</span>
<span class="weight">490</span>
</p>
<p class="nk23_u-text10"><span class="winner">オソレ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:02.5 (0.6)</span>
<span class="furlongtime">3F
38.5</span></p>
<p class="position"><span>3</span><span>2</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241211">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.11</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２三 四 五">Ｃ２三 四 五</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 3番 1人気</span>
<span>矢野貴54.0</span>
<span class="weight">497</span>
</p>
<p class="nk23_u-text10"><span class="winner">シューカンパネラ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:31.7 (-0.9)</span>
<span class="furlongtime">3F
39.4</span></p>
<p class="position"><span>4</span><span>3</span><span>4</span><span>2</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241112">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.12</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="四十雀賞３歳２">四十雀賞３歳２</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">10頭 2番 1人気</span>
<span>森泰斗54.0</span>
<span class="weight">497</span>
</p>
<p class="nk23_u-text10"><span class="winner">ファイヤーボール</span></p>
<p class="nk23_u-text10"><span class="racetime">1:36.5 (-1.7)</span>
<span class="furlongtime">3F
39.5</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span><span>1</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241015">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">盛24.10.15</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２四組">Ｃ２四組</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">8頭 3番 1人気</span>
<span>大坪慎54.0</span>
<span class="weight">492</span>
</p>
<p class="nk23_u-text10"><span class="winner">リュウノタブーク</span></p>
<p class="nk23_u-text10"><span class="racetime">1:28.0 (-0.1)</span>
<span class="furlongtime">3F
37.9</span></p>
<p class="position"><span>4</span><span>3</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240929">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">水24.9.29</span>
<span class="nk23_u-text10">良ダ 1300</span>
</div>
<a class="race_name_len" title="３歳Ｃ２二組">３歳Ｃ２二組</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">8頭 3番 2人気</span>
<span>鈴木祐54.0</span>
<span class="weight">493</span>
</p>
<p class="nk23_u-text10"><span class="winner">シラユリ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:23.3 (-1.2)</span>
<span class="furlongtime">3F
39.2</span></p>
<p class="position"><span>3</span><span>3</span><span>3</span><span>1</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240818">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.8.18</span>
<span class="nk23_u-text10">良芝 2600</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">9着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 6番 14人気</span>
<span>★古川奈51.0</span>
<span class="weight">494</span>
</p>
<p class="nk23_u-text10"><span class="winner">ショウナンガチ</span></p>
<p class="nk23_u-text10"><span class="racetime">2:44.2 (3.5)</span>
<span class="furlongtime">3F
38.7</span></p>
<p class="position"><span>13</span><span>14</span><span>13</span><span>12</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241211">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.11</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２三 四 五">Ｃ２三 四 五</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 8番 2人気</span>
<span>御神訓54.0</span>
<span class="weight">431</span>
</p>
<p class="nk23_u-text10"><span class="winner">ミュークレグルス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:31.7 (-0.7)</span>
<span class="furlongtime">3F
39.7</span></p>
<p class="position"><span>2</span><span>2</span><span>2</span><span>2</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20240901">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.9.1</span>
<span class="nk23_u-text10">重ダ 1700</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 13番 6人気</span>
<span>横山和55.0</span>
<span class="weight">434</span>
</p>
<p class="nk23_u-text10"><span class="winner">サンキャメロン</span></p>
<p class="nk23_u-text10"><span class="racetime">1:46.3 (0.8)</span>
<span class="furlongtime">3F
37.5</span></p>
<p class="position"><span>12</span><span>13</span><span>11</span><span>10</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20240817">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.8.17</span>
<span class="nk23_u-text10">良ダ 1700</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 9番 4人気</span>
<span>横山和55.0</span>
<span class="weight">426</span>
</p>
<p class="nk23_u-text10"><span class="winner">プルメリアクヒオ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:47.7 (0.8)</span>
<span class="furlongtime">3F
38.5</span></p>
<p class="position"><span>7</span><span>7</span><span>7</span><span>5</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240804">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.8.4</span>
<span class="nk23_u-text10">稍重ダ 1700</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 6番 11人気</span>
<span>横山和55.0</span>
<span class="weight">424</span>
</p>
<p class="nk23_u-text10"><span class="winner">ソルアマゾン</span></p>
<p class="nk23_u-text10"><span class="racetime">1:47.8 (0.3)</span>
<span class="furlongtime">3F
39.0</span></p>
<p class="position"><span>13</span><span>13</span><span>10</span><span>4</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240713">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.7.13</span>
<span class="nk23_u-text10">良ダ 1700</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">12着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 12番 7人気</span>
<span>横山和55.0</span>
<span class="weight">428</span>
</p>
<p class="nk23_u-text10"><span class="winner">イラーナ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:48.5 (2.2)</span>
<span class="furlongtime">3F
40.8</span></p>
<p class="position"><span>3</span><span>3</span><span>4</span><span>7</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20240906">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.9.6</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="啄木鳥特別３歳１">啄木鳥特別３歳１</a>
<p class="nk23_u-text19">7着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 7番 4人気</span>
<span>新原周56.0</span>
<span class="weight">414</span>
</p>
<p class="nk23_u-text10"><span class="winner">アスタラビスタ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:40.3 (2.0)</span>
<span class="furlongtime">3F
41.1</span></p>
<p class="position"><span>9</span><span>9</span><span>9</span><span>8</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20240808">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.8.8</span>
<span class="nk23_u-text10">良ダ 1500</span>
</div>
<a class="race_name_len" title="鶺鴒特別３歳１">鶺鴒特別３歳１</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 14番 5人気</span>
<span>本田重56.0</span>
<span class="weight">412</span>
</p>
<p class="nk23_u-text10"><span class="winner">キャッスルレーヴ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:39.0 (0.6)</span>
<span class="furlongtime">3F
39.4</span></p>
<p class="position"><span>14</span><span>14</span><span>14</span><span>14</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20240723">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.7.23</span>
<span class="nk23_u-text10">稍重ダ 1600</span>
</div>
<a class="race_name_len" title="仏法僧特別３歳１">仏法僧特別３歳１</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 3番 9人気</span>
<span>本田重56.0</span>
<span class="weight">406</span>
</p>
<p class="nk23_u-text10"><span class="winner">マイケルマキシマス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:46.8 (1.0)</span>
<span class="furlongtime">3F
40.5</span></p>
<p class="position"><span>14</span><span>14</span><span>14</span><span>11</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240702">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.7.2</span>
<span class="nk23_u-text10">重ダ 1500</span>
</div>
<a class="race_name_len" title="珠鷸特別３歳２">珠鷸特別３歳２</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">9頭 1番 4人気</span>
<span>本田重56.0</span>
<span class="weight">405</span>
</p>
<p class="nk23_u-text10"><span class="winner">トーケンタカハール</span></p>
<p class="nk23_u-text10"><span class="racetime">1:40.5 (1.0)</span>
<span class="furlongtime">3F
41.1</span></p>
<p class="position"><span>8</span><span>8</span><span>8</span><span>9</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240610">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.6.10</span>
<span class="nk23_u-text10">重ダ 1400</span>
</div>
<a class="race_name_len" title="郭公賞３歳４">郭公賞３歳４</a>
<p class="nk23_u-text19">4着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 7番 8人気</span>
<span>和田譲56.0</span>
<span class="weight">407</span>
</p>
<p class="nk23_u-text10"><span class="winner">ミスマルゴー</span></p>
<p class="nk23_u-text10"><span class="racetime">1:34.5 (2.4)</span>
<span class="furlongtime">3F
40.9</span></p>
<p class="position"><span>11</span><span>11</span><span>11</span><span>10</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241213">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="ビュッシュドノエル賞Ｃ２選定牝">ビュッシュドノエル賞</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 10番 6人気</span>
<span>◇ミシェ52.0</span>
<span class="weight">409</span>
</p>
<p class="nk23_u-text10"><span class="winner">バクラヴァ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:33.4 (0.7)</span>
<span class="furlongtime">3F
40.1</span></p>
<p class="position"><span>9</span><span>9</span><span>7</span><span>6</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241113">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="フルーツタルト賞Ｃ２選定牝馬">フルーツタルト賞Ｃ２</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 12番 8人気</span>
<span>◇ミシェ52.0</span>
<span class="weight">405</span>
</p>
<p class="nk23_u-text10"><span class="winner">キタノパッション</span></p>
<p class="nk23_u-text10"><span class="racetime">1:32.7 (0.7)</span>
<span class="furlongtime">3F
39.7</span></p>
<p class="position"><span>9</span><span>10</span><span>11</span><span>10</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241021">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.10.21</span>
<span class="nk23_u-text10">良ダ 1500</span>
</div>
<a class="race_name_len" title="Ｃ２三 四">Ｃ２三 四</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 5番 6人気</span>
<span>藤江渉54.0</span>
<span class="weight">408</span>
</p>
<p class="nk23_u-text10"><span class="winner">アプレイザー</span></p>
<p class="nk23_u-text10"><span class="racetime">1:39.6 (1.1)</span>
<span class="furlongtime">3F
40.4</span></p>
<p class="position"><span>3</span><span>3</span><span>3</span><span>3</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20241010">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.10.10</span>
<span class="nk23_u-text10">重ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２三 四 五">Ｃ２三 四 五</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 12番 9人気</span>
<span>藤江渉54.0</span>
<span class="weight">410</span>
</p>
<p class="nk23_u-text10"><span class="winner">サザンフルーヴ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:35.5 (1.1)</span>
<span class="furlongtime">3F
42.0</span></p>
<p class="position"><span>10</span><span>12</span><span>8</span><span>9</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240905">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.9.5</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="梟特別３歳２">梟特別３歳２</a>
<p class="nk23_u-text19">8着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 1番 8人気</span>
<span>藤江渉54.0</span>
<span class="weight">410</span>
</p>
<p class="nk23_u-text10"><span class="winner">コルテデフィート</span></p>
<p class="nk23_u-text10"><span class="racetime">1:41.0 (2.0)</span>
<span class="furlongtime">3F
40.2</span></p>
<p class="position"><span>9</span><span>10</span><span>10</span><span>10</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241209">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.9</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="ベルリン賞Ｃ２一 二">ベルリン賞Ｃ２一 二</a>
<p class="nk23_u-text19">10着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 2番 11人気</span>
<span>伊藤裕56.0</span>
<span class="weight">479</span>
</p>
<p class="nk23_u-text10"><span class="winner">レグノ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:34.0 (3.2)</span>
<span class="furlongtime">3F
42.8</span></p>
<p class="position"><span>4</span><span>4</span><span>5</span><span>6</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241111">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.11</span>
<span class="nk23_u-text10">稍重ダ 1400</span>
</div>
<a class="race_name_len" title="アッサム賞Ｃ２一 二">アッサム賞Ｃ２一 二</a>
<p class="nk23_u-text19">12着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 2番 6人気</span>
<span>伊藤裕56.0</span>
<span class="weight">475</span>
</p>
<p class="nk23_u-text10"><span class="winner">フィラメント</span></p>
<p class="nk23_u-text10"><span class="racetime">1:34.2 (2.9)</span>
<span class="furlongtime">3F
43.7</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span><span>1</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241029">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">船橋24.10.29</span>
<span class="nk23_u-text10">稍重ダ 1200</span>
</div>
<a class="race_name_len" title="Ｃ２二 三">Ｃ２二 三</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 11番 8人気</span>
<span>伊藤裕56.0</span>
<span class="weight">475</span>
</p>
<p class="nk23_u-text10"><span class="winner">サザンラピッド</span></p>
<p class="nk23_u-text10"><span class="racetime">1:17.2 (0.3)</span>
<span class="furlongtime">3F
40.4</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240701">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.7.1</span>
<span class="nk23_u-text10">重ダ 1500</span>
</div>
<a class="race_name_len" title="赤翡翠特別３歳１">赤翡翠特別３歳１</a>
<p class="nk23_u-text19"></p>
<p class="nk23_u-text16">取消</p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240610">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.6.10</span>
<span class="nk23_u-text10">重ダ 1500</span>
</div>
<a class="race_name_len" title="三光鳥特別３歳２">三光鳥特別３歳２</a>
<p class="nk23_u-text19"></p>
<p class="nk23_u-text16">取消</p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241213">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.13</span>
<span class="nk23_u-text10">良ダ 900</span>
</div>
<a class="race_name_len" title="スノーホワイト賞Ｃ１選定馬">スノーホワイト賞Ｃ１</a>
<p class="nk23_u-text19">9着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 5番 9人気</span>
<span>▲加藤雄51.0</span>
<span class="weight">470</span>
</p>
<p class="nk23_u-text10"><span class="winner">モーモーブラック</span></p>
<p class="nk23_u-text10"><span class="racetime">0:56.2 (1.2)</span>
<span class="furlongtime">3F
38.3</span></p>
<p class="position"><span>3</span><span>6</span><span>8</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241122">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.11.22</span>
<span class="nk23_u-text10">稍重ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ１四">Ｃ１四</a>
<p class="nk23_u-text19">6着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 2番 7人気</span>
<span>◇ミシェ52.0</span>
<span class="weight">462</span>
</p>
<p class="nk23_u-text10"><span class="winner">イデアイゴッソウ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:30.7 (2.9)</span>
<span class="furlongtime">3F
40.2</span></p>
<p class="position"><span>7</span><span>7</span><span>6</span><span>7</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241113">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ１三 四 五">Ｃ１三 四 五</a>
<p class="nk23_u-text19">9着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 5番 8人気</span>
<span>▲加藤雄51.0</span>
<span class="weight">468</span>
</p>
<p class="nk23_u-text10"><span class="winner">アイルプロテクト</span></p>
<p class="nk23_u-text10"><span class="racetime">1:33.2 (2.0)</span>
<span class="furlongtime">3F
41.7</span></p>
<p class="position"><span>2</span><span>2</span><span>2</span><span>3</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20241025">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.10.25</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="浦和エイトチャレンジＣ１三">浦和エイトチャレンジ</a>
<p class="nk23_u-text19">11着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 11番 3人気</span>
<span>山崎誠54.0</span>
<span class="weight">463</span>
</p>
<p class="nk23_u-text10"><span class="winner">タロマイスター</span></p>
<p class="nk23_u-text10"><span class="racetime">1:32.3 (2.1)</span>
<span class="furlongtime">3F
41.5</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span><span>4</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20241007">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.10.7</span>
<span class="nk23_u-text10">重ダ 1400</span>
</div>
<a class="race_name_len" title="めいど いん おおいＣ１六 七">めいど いん おおい</a>
<p class="nk23_u-text19">4着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 9番 9人気</span>
<span>▲加藤雄51.0</span>
<span class="weight">461</span>
</p>
<p class="nk23_u-text10"><span class="winner">ライヴペッパー</span></p>
<p class="nk23_u-text10"><span class="racetime">1:34.3 (0.7)</span>
<span class="furlongtime">3F
42.9</span></p>
<p class="position"><span>4</span><span>4</span><span>4</span><span>3</span></p>
</td>
</tr>
