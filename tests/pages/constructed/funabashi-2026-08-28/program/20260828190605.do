<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<meta name="viewport" content="width=device-width, maximum-scale=1.0, user-scalable=yes">
<title>番組表 |  南関東4競馬場｜nankankeiba.com</title>
<link rel="stylesheet" href="/assets/css/main.css?v=20250125">
</head>
<body>
<div class="nk23_l-container">
<h2 class="nk23_c-title01">2026年8月28日（金）&nbsp;第6回&nbsp;船橋競馬&nbsp;第5日</h2>
<div class="nk23_c-block01">
<div class="nk23_c-block01__info">
<p class="nk23_c-block01__info__texts">
<span class="nk23_c-block01__info__text">天候:曇</span>
<span class="nk23_c-block01__info__text">馬場:ダ良</span>
</p>
</div>
<ul class="nk23_c-block01__list">
<li class="nk23_c-block01__list__item js-mheight-itemele">
<div class="nk23_c-block01__list__top">
<span class="nk23_c-block01__label">12R</span>
<p class="nk23_c-block01__texts">
<span class="nk23_c-block01__text">20:55</span>
<span class="nk23_c-block01__text">ダ1,800m</span>
<span class="nk23_c-block01__text">13頭</span>
</p>
</div>
<div class="nk23_c-block01__titlebtn">
<a class="nk23_c-block01__list__title" href="/syousai/2026082819060512.do">２０２６ＪｏｃｋｅｙｓＦｅｓｔｉｖａｌ（５ｔｈ） Ｃ２ 選抜馬</a>
</div>
</li>
</ul>
</div>
</div>
</body>
</html>
