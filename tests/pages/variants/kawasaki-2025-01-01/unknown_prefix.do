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
<a class="is-link" href="/uma_info/2021100001.do"><span class="nk23_u-text16">[外]リュウノシンクウハ</span></a>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241211">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.11</span>
<span class="nk23_u-text10">良ダ 1600</span>
</div>
<a class="race_name_len" title="２０２４川崎ジョッキーズカＣ２">２０２４川崎ジョッキ</a>
<p class="nk23_u-text19">13着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 1番 8人気</span>
<span>山林信56.0</span>
<span class="weight">464</span>
</p>
<p class="nk23_u-text10"><span class="winner">クインズカヤノヒメ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:51.9 (3.8)</span>
<span class="furlongtime">3F
45.6</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span><span>4</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241119">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.11.19</span>
<span class="nk23_u-text10">良ダ 1500</span>
</div>
<a class="race_name_len" title="高崎ハム賞特別Ｃ２一">高崎ハム賞特別Ｃ２一</a>
<p class="nk23_u-text19">10着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 5番 10人気</span>
<span>△佐野遥54.0</span>
<span class="weight">450</span>
</p>
<p class="nk23_u-text10"><span class="winner">トーセンジェミニ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:38.5 (2.0)</span>
<span class="furlongtime">3F
38.7</span></p>
<p class="position"><span>11</span><span>10</span><span>11</span><span>10</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241111">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.11</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="ダージリン賞Ｃ２一 二">ダージリン賞Ｃ２一 </a>
<p class="nk23_u-text19">13着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 9番 11人気</span>
<span>和田譲56.0</span>
<span class="weight">458</span>
</p>
<p class="nk23_u-text10"><span class="winner">ハチャトリアン</span></p>
<p class="nk23_u-text10"><span class="racetime">1:42.2 (4.5)</span>
<span class="furlongtime">3F
44.8</span></p>
<p class="position"><span>5</span><span>6</span><span>4</span><span>12</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20241008">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.10.8</span>
<span class="nk23_u-text10">重ダ 1600</span>
</div>
<a class="race_name_len" title="ＹＪＳトライアルラウンド川Ｃ２">ＹＪＳトライアルラウ</a>
<p class="nk23_u-text19">11着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 6番 8人気</span>
<span>谷内貫56.0</span>
<span class="weight">447</span>
</p>
<p class="nk23_u-text10"><span class="winner">ケイツーバルボア</span></p>
<p class="nk23_u-text10"><span class="racetime">1:50.2 (2.8)</span>
<span class="furlongtime">3F
41.9</span></p>
<p class="position"><span>5</span><span>6</span><span>7</span><span>8</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240905">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.9.5</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="梟特別３歳２">梟特別３歳２</a>
<p class="nk23_u-text19">4着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 5番 5人気</span>
<span>野畑凌56.0</span>
<span class="weight">447</span>
</p>
<p class="nk23_u-text10"><span class="winner">コルテデフィート</span></p>
<p class="nk23_u-text10"><span class="racetime">1:39.8 (0.8)</span>
<span class="furlongtime">3F
41.2</span></p>
<p class="position"><span>11</span><span>9</span><span>7</span><span>7</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241213">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="ビュッシュドノエル賞Ｃ２選定牝">ビュッシュドノエル賞</a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 2番 1人気</span>
<span>野畑凌54.0</span>
<span class="weight">471</span>
</p>
<p class="nk23_u-text10"><span class="winner">バクラヴァ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:32.7 (0.0)</span>
<span class="furlongtime">3F
40.1</span></p>
<p class="position"><span>5</span><span>5</span><span>6</span><span>5</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241113">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="フルーツタルト賞Ｃ２選定牝馬">フルーツタルト賞Ｃ２</a>
<p class="nk23_u-text19">7着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 8番 1人気</span>
<span>森泰斗54.0</span>
<span class="weight">475</span>
</p>
<p class="nk23_u-text10"><span class="winner">キタノパッション</span></p>
<p class="nk23_u-text10"><span class="racetime">1:32.9 (0.9)</span>
<span class="furlongtime">3F
41.4</span></p>
<p class="position"><span>3</span><span>4</span><span>3</span><span>6</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20240915">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.9.15</span>
<span class="nk23_u-text10">良ダ 1200</span>
</div>
<a class="race_name_len" title="３歳上１勝クラス">３歳上１勝クラス</a>
<p class="nk23_u-text19">12着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 7番 12人気</span>
<span>佐々大54.0</span>
<span class="weight">464</span>
</p>
<p class="nk23_u-text10"><span class="winner">マーシヴィガラス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:14.1 (2.0)</span>
<span class="furlongtime">3F
36.7</span></p>
<p class="position"><span>14</span><span>14</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240907">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.9.7</span>
<span class="nk23_u-text10">良ダ 1200</span>
</div>
<a class="race_name_len" title="３歳上１勝クラス">３歳上１勝クラス</a>
<p class="nk23_u-text19">6着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 6番 9人気</span>
<span>▲吉村誠51.0</span>
<span class="weight">464</span>
</p>
<p class="nk23_u-text10"><span class="winner">ストライクオン</span></p>
<p class="nk23_u-text10"><span class="racetime">1:13.0 (1.1)</span>
<span class="furlongtime">3F
37.0</span></p>
<p class="position"><span>5</span><span>5</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240521">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.5.21</span>
<span class="nk23_u-text10">重ダ 1400</span>
</div>
<a class="race_name_len" title="Ｊ交 ツインメイト特別３歳選抜">Ｊ交 ツインメイト特</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 9番 4人気</span>
<span>藤本現54.0</span>
<span class="weight">461</span>
</p>
<p class="nk23_u-text10"><span class="winner">スマートヌーメン</span></p>
<p class="nk23_u-text10"><span class="racetime">1:30.4 (-0.5)</span>
<span class="furlongtime">3F
39.3</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span><span>1</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20240917">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.9.17</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="特選３歳一">特選３歳一</a>
<p class="nk23_u-text19">10着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 12番 7人気</span>
<span>☆木間龍53.0</span>
<span class="weight">414</span>
</p>
<p class="nk23_u-text10"><span class="winner">ラブアンドハピネス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:33.2 (3.3)</span>
<span class="furlongtime">3F
42.1</span></p>
<p class="position"><span>7</span><span>7</span><span>9</span><span>11</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20240906">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.9.6</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="啄木鳥特別３歳１">啄木鳥特別３歳１</a>
<p class="nk23_u-text19">6着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 6番 10人気</span>
<span>☆木間龍53.0</span>
<span class="weight">412</span>
</p>
<p class="nk23_u-text10"><span class="winner">アスタラビスタ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:40.3 (2.0)</span>
<span class="furlongtime">3F
42.5</span></p>
<p class="position"><span>4</span><span>3</span><span>4</span><span>4</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20240808">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.8.8</span>
<span class="nk23_u-text10">良ダ 1500</span>
</div>
<a class="race_name_len" title="鶺鴒特別３歳１">鶺鴒特別３歳１</a>
<p class="nk23_u-text19">12着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 9番 10人気</span>
<span>古岡勇54.0</span>
<span class="weight">413</span>
</p>
<p class="nk23_u-text10"><span class="winner">キャッスルレーヴ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:40.7 (2.3)</span>
<span class="furlongtime">3F
43.2</span></p>
<p class="position"><span>4</span><span>4</span><span>5</span><span>7</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240723">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.7.23</span>
<span class="nk23_u-text10">稍重ダ 1600</span>
</div>
<a class="race_name_len" title="仏法僧特別３歳１">仏法僧特別３歳１</a>
<p class="nk23_u-text19">7着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 9番 7人気</span>
<span>★小林捺50.0</span>
<span class="weight">412</span>
</p>
<p class="nk23_u-text10"><span class="winner">マイケルマキシマス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:47.5 (1.7)</span>
<span class="furlongtime">3F
43.2</span></p>
<p class="position"><span>2</span><span>2</span><span>2</span><span>2</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240702">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.7.2</span>
<span class="nk23_u-text10">重ダ 1500</span>
</div>
<a class="race_name_len" title="珠鷸特別３歳２">珠鷸特別３歳２</a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">9頭 6番 6人気</span>
<span>★小林捺50.0</span>
<span class="weight">411</span>
</p>
<p class="nk23_u-text10"><span class="winner">トーケンタカハール</span></p>
<p class="nk23_u-text10"><span class="racetime">1:40.5 (1.0)</span>
<span class="furlongtime">3F
42.0</span></p>
<p class="position"><span>1</span><span>1</span><span>1</span><span>2</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241213">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.13</span>
<span class="nk23_u-text10">良ダ 1600</span>
</div>
<a class="race_name_len" title="４６ｔｈホワイトクリスＣ１Ｃ２">４６ｔｈホワイトクリ</a>
<p class="nk23_u-text19">10着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 11番 2人気</span>
<span>和田譲53.0</span>
<span class="weight">455</span>
</p>
<p class="nk23_u-text10"><span class="winner">グラスアラバニーユ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:48.3 (1.7)</span>
<span class="furlongtime">3F
43.5</span></p>
<p class="position"><span>6</span><span>6</span><span>2</span><span>4</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241113">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２三 四 五">Ｃ２三 四 五</a>
<p class="nk23_u-text19">1着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 10番 1人気</span>
<span>矢野貴54.0</span>
<span class="weight">454</span>
</p>
<p class="nk23_u-text10"><span class="winner">オーサムワールド</span></p>
<p class="nk23_u-text10"><span class="racetime">1:31.9 (-0.8)</span>
<span class="furlongtime">3F
39.6</span></p>
<p class="position"><span>2</span><span>2</span><span>2</span><span>2</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241011">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.10.11</span>
<span class="nk23_u-text10">重ダ 1400</span>
</div>
<a class="race_name_len" title="笹目賞Ｃ２六 七 八">笹目賞Ｃ２六 七 八</a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">11頭 4番 2人気</span>
<span>新原周54.0</span>
<span class="weight">451</span>
</p>
<p class="nk23_u-text10"><span class="winner">セイウンダキシメテ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:32.4 (0.1)</span>
<span class="furlongtime">3F
40.6</span></p>
<p class="position"><span>4</span><span>4</span><span>3</span><span>3</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240817">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.8.17</span>
<span class="nk23_u-text10">良ダ 1200</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">7着</p>
<p class="nk23_u-text10">
<span class="popularity">16頭 5番 4人気</span>
<span>◇永島ま53.0</span>
<span class="weight">440</span>
</p>
<p class="nk23_u-text10"><span class="winner">マックスセレナーデ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:14.2 (1.0)</span>
<span class="furlongtime">3F
38.0</span></p>
<p class="position"><span>9</span><span>8</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240616">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.6.16</span>
<span class="nk23_u-text10">稍重ダ 1200</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 12番 6人気</span>
<span>☆田口貫54.0</span>
<span class="weight">436</span>
</p>
<p class="nk23_u-text10"><span class="winner">ミルミナーヴァ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:13.5 (2.4)</span>
<span class="furlongtime">3F
37.2</span></p>
<p class="position"><span>9</span><span>7</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241211">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.11</span>
<span class="nk23_u-text10">良ダ 1600</span>
</div>
<a class="race_name_len" title="２０２４川崎ジョッキーズカＣ２">２０２４川崎ジョッキ</a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 2番 1人気</span>
<span>岡村裕54.0</span>
<span class="weight">447</span>
</p>
<p class="nk23_u-text10"><span class="winner">クインズカヤノヒメ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:48.4 (0.3)</span>
<span class="furlongtime">3F
41.8</span></p>
<p class="position"><span>5</span><span>5</span><span>6</span><span>3</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20241113">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.11.13</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２三 四 五">Ｃ２三 四 五</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 9番 4人気</span>
<span>新原周54.0</span>
<span class="weight">447</span>
</p>
<p class="nk23_u-text10"><span class="winner">ホウオウフロイト</span></p>
<p class="nk23_u-text10"><span class="racetime">1:31.5 (0.7)</span>
<span class="furlongtime">3F
39.6</span></p>
<p class="position"><span>10</span><span>10</span><span>9</span><span>6</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20241010">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.10.10</span>
<span class="nk23_u-text10">重ダ 1400</span>
</div>
<a class="race_name_len" title="Ｃ２三 四 五">Ｃ２三 四 五</a>
<p class="nk23_u-text19">2着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 8番 6人気</span>
<span>新原周54.0</span>
<span class="weight">441</span>
</p>
<p class="nk23_u-text10"><span class="winner">キングフリオーソ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:33.8 (0.2)</span>
<span class="furlongtime">3F
41.4</span></p>
<p class="position"><span>8</span><span>8</span><span>4</span><span>3</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240905">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.9.5</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="梟特別３歳２">梟特別３歳２</a>
<p class="nk23_u-text19"></p>
<p class="nk23_u-text16">取消</p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240803">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.8.3</span>
<span class="nk23_u-text10">良芝 1200</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">8着</p>
<p class="nk23_u-text10">
<span class="popularity">18頭 9番 8人気</span>
<span>△小林脩53.0</span>
<span class="weight">442</span>
</p>
<p class="nk23_u-text10"><span class="winner">ハッピーデービー</span></p>
<p class="nk23_u-text10"><span class="racetime">1:09.6 (1.1)</span>
<span class="furlongtime">3F
35.4</span></p>
<p class="position"><span>7</span><span>7</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20240925">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">船橋24.9.25</span>
<span class="nk23_u-text10">良ダ 1200</span>
</div>
<a class="race_name_len" title="コキアスプリント３歳一">コキアスプリント３歳</a>
<p class="nk23_u-text19">12着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 6番 10人気</span>
<span>△所 蛍54.0</span>
<span class="weight">460</span>
</p>
<p class="nk23_u-text10"><span class="winner">ラセーヌシュメール</span></p>
<p class="nk23_u-text10"><span class="racetime">1:20.4 (4.4)</span>
<span class="furlongtime">3F
41.9</span></p>
<p class="position"><span>5</span><span>9</span><span>11</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20240805">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.8.5</span>
<span class="nk23_u-text10">良ダ 900</span>
</div>
<a class="race_name_len" title="ヴェルトラオム賞３歳未格付選定">ヴェルトラオム賞３歳</a>
<p class="nk23_u-text19">10着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 10番 7人気</span>
<span>▲所 蛍54.0</span>
<span class="weight">455</span>
</p>
<p class="nk23_u-text10"><span class="winner">ベストツッキー</span></p>
<p class="nk23_u-text10"><span class="racetime">0:57.9 (2.4)</span>
<span class="furlongtime">3F
39.0</span></p>
<p class="position"><span>6</span><span>10</span><span>8</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20240723">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.7.23</span>
<span class="nk23_u-text10">稍重ダ 1600</span>
</div>
<a class="race_name_len" title="仏法僧特別３歳１">仏法僧特別３歳１</a>
<p class="nk23_u-text19">14着</p>
<p class="nk23_u-text10">
<span class="popularity">14頭 13番 13人気</span>
<span>▲所 蛍53.0</span>
<span class="weight">455</span>
</p>
<p class="nk23_u-text10"><span class="winner">マイケルマキシマス</span></p>
<p class="nk23_u-text10"><span class="racetime">1:51.9 (6.1)</span>
<span class="furlongtime">3F
46.7</span></p>
<p class="position"><span>5</span><span>5</span><span>10</span><span>14</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240520">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">浦和24.5.20</span>
<span class="nk23_u-text10">不良ダ 1400</span>
</div>
<a class="race_name_len" title="３歳三">３歳三</a>
<p class="nk23_u-text19">4着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 1番 5人気</span>
<span>山田貴56.0</span>
<span class="weight">455</span>
</p>
<p class="nk23_u-text10"><span class="winner">イツツボシ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:31.8 (1.1)</span>
<span class="furlongtime">3F
39.6</span></p>
<p class="position"><span>6</span><span>6</span><span>6</span><span>5</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240508">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.5.8</span>
<span class="nk23_u-text10">稍重ダ 1500</span>
</div>
<a class="race_name_len" title="アウラー賞３歳３">アウラー賞３歳３</a>
<p class="nk23_u-text19">9着</p>
<p class="nk23_u-text10">
<span class="popularity">9頭 5番 2人気</span>
<span>笹川翼56.0</span>
<span class="weight">455</span>
</p>
<p class="nk23_u-text10"><span class="winner">コールブランド</span></p>
<p class="nk23_u-text10"><span class="racetime">1:41.1 (4.0)</span>
<span class="furlongtime">3F
44.1</span></p>
<p class="position"><span>6</span><span>6</span><span>6</span><span>6</span></p>
</td>
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
<td class="cs-z1">
<input type="hidden" id="rcd_1" value="20241209">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">川崎24.12.9</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="ベルリン賞Ｃ２一 二">ベルリン賞Ｃ２一 二</a>
<p class="nk23_u-text19">6着</p>
<p class="nk23_u-text10">
<span class="popularity">12頭 11番 2人気</span>
<span>矢野貴56.0</span>
<span class="weight">550</span>
</p>
<p class="nk23_u-text10"><span class="winner">レグノ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:33.3 (2.5)</span>
<span class="furlongtime">3F
41.5</span></p>
<p class="position"><span>8</span><span>9</span><span>8</span><span>9</span></p>
</td>
<td class="cs-z2">
<input type="hidden" id="rcd_2" value="20240818">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.8.18</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">6着</p>
<p class="nk23_u-text10">
<span class="popularity">16頭 10番 3人気</span>
<span>西村淳57.0</span>
<span class="weight">520</span>
</p>
<p class="nk23_u-text10"><span class="winner">ベルダイナフェロー</span></p>
<p class="nk23_u-text10"><span class="racetime">1:26.3 (1.0)</span>
<span class="furlongtime">3F
38.5</span></p>
<p class="position"><span>13</span><span>11</span></p>
</td>
<td class="cs-z3">
<input type="hidden" id="rcd_3" value="20240609">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.6.9</span>
<span class="nk23_u-text10">稍重ダ 1400</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">6着</p>
<p class="nk23_u-text10">
<span class="popularity">16頭 7番 3人気</span>
<span>西村淳57.0</span>
<span class="weight">520</span>
</p>
<p class="nk23_u-text10"><span class="winner">サリュエ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:26.4 (0.7)</span>
<span class="furlongtime">3F
38.3</span></p>
<p class="position"><span>6</span><span>8</span></p>
</td>
<td class="cs-z4">
<input type="hidden" id="rcd_4" value="20240525">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.5.25</span>
<span class="nk23_u-text10">良ダ 1400</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">3着</p>
<p class="nk23_u-text10">
<span class="popularity">16頭 15番 8人気</span>
<span>西村淳57.0</span>
<span class="weight">520</span>
</p>
<p class="nk23_u-text10"><span class="winner">ベレニーチェ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:26.1 (0.6)</span>
<span class="furlongtime">3F
38.4</span></p>
<p class="position"><span>2</span><span>2</span></p>
</td>
<td class="cs-z5">
<input type="hidden" id="rcd_5" value="20240511">
<div class="nk23_u-d-flex">
<span class="nk23_u-text10">JRA24.5.11</span>
<span class="nk23_u-text10">良ダ 1200</span>
</div>
<a class="race_name_len" title="３歳未勝利">３歳未勝利</a>
<p class="nk23_u-text19">5着</p>
<p class="nk23_u-text10">
<span class="popularity">15頭 15番 3人気</span>
<span>▲川端海54.0</span>
<span class="weight">526</span>
</p>
<p class="nk23_u-text10"><span class="winner">アイズ</span></p>
<p class="nk23_u-text10"><span class="racetime">1:13.4 (1.0)</span>
<span class="furlongtime">3F
38.9</span></p>
<p class="position"><span>3</span><span>3</span></p>
</td>
</tr>
</tbody>
</table>
</div>
</div>
</body>
</html>
