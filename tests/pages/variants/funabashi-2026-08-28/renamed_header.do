





<!DOCTYPE html>
<html lang="ja">
    <head prefix="og: https://ogp.me/ns">

        <meta charset="Shift_JIS">
        <meta name="format-detection" content="telephone=no">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, maximum-scale=1.0, user-scalable=yes">
        <title>成績・払戻金 |  南関東4競馬場｜nankankeiba.com</title>
        
        <meta name="keywords" content="南関東4競馬,浦和競馬,船橋競馬,大井競馬,川崎競馬,リアルタイム情報,データ検索,開催日程,重賞競走,出馬表,オッズ,成績,決定番組,出走登録馬一覧,能力試験結果,持ち時計分析,種牡馬分析,交通アクセス" />
        <meta name="discription" content="南関東4競馬の開催日程、重賞競走、出馬表、オッズ、成績、決定番組、出走登録馬一覧、能力試験結果、種牡馬分析、持ち時計の分析などの馬券検討情報" />

        
<link rel="stylesheet" href="/assets/css/header.css?v=20250125" id="css_header_link">
<link rel="stylesheet" href="/assets/css/footer.css?v=20250125" id="css_footer_link">
<link rel="stylesheet" href="/assets/css/main.css?v=20250125" id="css_main_link">
<link rel="stylesheet" href="/assets/css/pages/styles.css?v=20250125" id="css_page_link">
<link rel="stylesheet" href="/assets/css/adjust.css?v=20250125">
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link href="https://fonts.googleapis.com/css2?family=Noto+Sans+JP:wght@100..900&display=swap" rel="stylesheet">
<link href="https://fonts.googleapis.com/css2?family=Noto+Sans+Mono&display=swap" rel="stylesheet">
<link href="https://fonts.googleapis.com/css2?family=Noto+Sans+Mono:wght@700&display=swap" rel="stylesheet">
<link rel="icon" href="/assets/images/common/favicon.ico" id="favicon">

<script type="text/javascript" src="/shared/js/nankan_hp5.js?v=20240323"></script>
<script type="text/javascript" src="/assets/js/common/index.js?v=20250125" charset="UTF-8"></script>
<script>
const EXCLUDE_USER_AGENT = [
    ['^/uma_shosai/', '(iPhone; U; CPU like Mac OS X;|iPhone OS (1|2|3|4|5|6|7|8|9|10)_)', 'f004'],
    ['^/', 'Android (1|2|3|4|5|6|7|8|9|10)[.;]', 'f005'],
    ['^/', ' spat4app\/| spat4app-twinkle\/', 'f006'],
];

</script>
<script type="text/JavaScript" src="/exclude_user_agent/excludeUserAgent.js?v=20250125"></script>


<script type="text/javascript" src="/assets/js/swiper/swiper-bundle.min.js?v=20240323" charset="UTF-8"></script>
<script type="text/javascript" src="/shared/js/datatables.min.js?v=20240323" charset="UTF-8"></script>
                <script>if("object" === typeof ExcludeUserAgent){ExcludeUserAgent.exec();}</script>
                <!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TFN8TJ5');</script>
<!-- End Google Tag Manager -->

                            </head>

    


    
        <body>
        <div id="wrapper">
        <!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TFN8TJ5"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->
<!-- 固定 -->
<div class="nk23_c-header js-header" data-js="header">
    <div class="nk23_c-header__top">
        <h1 class="nk23_c-header__logo">
            <a href="/" class="nk23_c-header__logo__link">
                <img src="/assets/images/common/logo.svg" alt="南関東4競馬場公式ウェブサイト nankankeiba.com">
            </a>
        </h1>
        <div class="nk23_c-header__top__right">
            <div class="nk23_c-header__form pc">
                <form class="nk23_c-header__form__inner">
                    <div class="nk23_c-header__list" data-floating="header-radio-items">
                        <input type="radio" name="searchType" value="a" id="radio-1" data-js="header-radio-input" data-href="/uma_detail_search/result.do" checked />
                        <label class="nk23_c-header__tab" for="radio-1">競走馬</label>
                        <input type="radio" name="searchType" value="b" id="radio-2" data-js="header-radio-input" data-href="/kis_detail_search/result.do" />
                        <label class="nk23_c-header__tab" for="radio-2">騎手</label>
                        <input type="radio" name="searchType" value="c" id="radio-3" data-js="header-radio-input" data-href="/cho_detail_search/result.do" />
                        <label class="nk23_c-header__tab" for="radio-3">調教師</label>
                        <input type="radio" name="searchType" value="d" id="radio-4" data-js="header-radio-input" data-href="/race_detail_search/result.do" />
                        <label class="nk23_c-header__tab" for="radio-4">レース名</label>
                        <span class="nk23_c-header__glider"></span>
                    </div>
                    <div class="nk23_c-header__form__input">
                        <input type="text" name="UMA_NAME" placeholder="全角カタカナ / 前方一致検索" class="header__searchBar" onchange="copyInputText(this)">
                    </div>
                    <button class="nk23_c-header__form__btn" type="submit" form="search_frm" data-js="header-search-button">
                        <img src="/assets/images/common/icon/icon_search.svg" alt="seach">
                    </button>
                </form>
                <form action="" method="get" name="search_frm" onsubmit="return submitTypeGet(window.document.search_frm);"></form>
            </div>
            <div class="nk23_c-header__btns">
                <a href="/info/spat4/jump/go_0003.html" target="_blank" rel="noopener noreferrer" class="nk23_c-header__btn">
                    <img src="/assets/images/common/icon/logo_spat4.png" alt="SPAT4">
                        <span class="nk23_c-header__btn__text">プレミアム<br>ポイント</span>
                </a>
                <a href="/info/spat4/jump/go_0002.html" target="_blank" rel="noopener noreferrer" class="nk23_c-header__btn is-color1">
                    <img src="/assets/images/common/icon/logo_spat4.png" alt="SPAT4" >
                        <span class="nk23_c-header__btn__text display_pc">投票</span>
                        <span class="nk23_c-header__btn__text display_sp">投票・加入</span>
                </a>
                <a href="/info/spat4/jump/go_nyukai.html" class="nk23_c-header__btn is-style2 pc" data-js="spat4bosyu" target="_blank" rel="noopener noreferrer">
                    <img src="/assets/images/common/icon/logo_spat4-blue.svg" alt="新規申し込み">
                        <span class="nk23_c-header__btn__text">新規申し込み</span>
                </a>
                <a href="/ltd/my_logout/logout.do" class="nk23_c-header__btn is-style1 pc" data-js="n4logout" style="display: none;">
                    <img src="/assets/images/common/icon/icon_logout.svg" alt="ログアウト">
                    <span class="nk23_c-header__btn__text">ログアウト</span>
                </a>
            </div>
            <div class="nk23_c-header__btnmenu sp js-menu">MENU</div>
        </div>
    </div>
    <!-- PC固定 -->
<div class="nk23_c-header__middle">
    <div class="nk23_c-header__menu js-header-slide swiper">
        <ul class="nk23_c-header__menu__inner swiper-wrapper commonHeader-category-kaisai">
            <li class="nk23_c-header__menu__item swiper-slide">
                <a href="/" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_home.svg" alt="トップ">
                    <img class="is-active" src="/assets/images/common/icon/icon_home-white.svg" alt="トップ">
                    トップ
                </a>
            </li>
            <li class="nk23_c-header__menu__item swiper-slide has-menuchild is-active">
                <a href="/program/00000000000000.do" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_newspaper.svg" alt="開催情報">
                    <img class="is-active" src="/assets/images/common/icon/icon_newspaper-white.svg" alt="開催情報">
                    開催情報
                </a>
                <div class="nk23_c-header__child is-first pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">レース情報</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/program/00000000000000.do" class="nk23_c-header__menuchild__text">- 出走表・オッズ</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/henko_info/00000000000000.do" class="nk23_c-header__menuchild__text">- 変更情報一覧</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/tyaku_info/00000000000000.do" class="nk23_c-header__menuchild__text">- 着順速報</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/repay/00000000000000.do" class="nk23_c-header__menuchild__text">- 払戻金一覧</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/hibetu_kijyo/00000000000000.do" class="nk23_c-header__menuchild__text">- 本日の騎乗一覧</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/calendar/000000.do" class="nk23_c-header__menuchild__text">- 過去の成績(開催日程)</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/calc_marks" class="nk23_c-header__menuchild__text">-
                                        組み合わせ数計算ページ</a>
                                </li>
                            </ul>
                        </div>
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">SPAT4LOTO トリプル馬単</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/jyusyosiki/00000000000000000000.do" class="nk23_c-header__menuchild__text">- 本日のSPAT4LOTO
                                        トリプル馬単</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/jyusyosiki_result/00000000.do?month=alltuki&jo=alljo" class="nk23_c-header__menuchild__text">- SPAT4LOTO トリプル馬単
                                        結果一覧</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/jyusyosiki_rankings/000000.do" class="nk23_c-header__menuchild__text">- SPAT4LOTO トリプル馬単
                                        高配当50</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4loto/" class="nk23_c-header__menuchild__text">- SPAT4LOTO
                                        トリプル馬単について</a>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
            <li class="nk23_c-header__menu__item has-menuchild swiper-slide">
                <a href="/info/spat4/" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_horse.svg" alt="Spat4">
                    <img class="is-active" src="/assets/images/common/icon/icon_horse-white.svg" alt="Spat4">
                        SPAT4
                </a>
                <div class="nk23_c-header__child is-style1 pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">はじめての方へ</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/info/spat4/" class="nk23_c-header__menuchild__text">- SPAT4のご案内 トップ</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4/about.html" class="nk23_c-header__menuchild__text">- SPAT4会員の種類と特徴</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4/netbank/" class="nk23_c-header__menuchild__text">-
                                        ネットバンク投票サービス会員とは</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4/telephone/" class="nk23_c-header__menuchild__text">- 電話投票会員とは</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4/faq.html" class="nk23_c-header__menuchild__text">- よくあるご質問</a>
                                </li>
                            </ul>
                        </div>
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">会員の皆様へ</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4/support/" class="nk23_c-header__menuchild__text">- 会員サポート トップ</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/spat4/support/manual.html" class="nk23_c-header__menuchild__text">- ガイド・操作マニュアル</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/spat4_calendar/000000.do" class="nk23_c-header__menuchild__text">- SPAT4発売日程</a>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
            <li class="nk23_c-header__menu__item has-menuchild swiper-slide">
                <a href="/uma_search/search.do" class="nk23_c-header__menu__text pc">
                    <img src="/assets/images/common/icon/icon_box.svg" alt="データBox">
                    <img class="is-active" src="/assets/images/common/icon/icon_box-white.svg" alt="データBox">
                        データBOX
                </a>
                <a href="/uma_detail_search/search.do" class="nk23_c-header__menu__text sp">
                    <img src="/assets/images/common/icon/icon_box.svg" alt="データBox">
                    <img class="is-active" src="/assets/images/common/icon/icon_box-white.svg" alt="データBox">
                        データBOX
                </a>
                <div class="nk23_c-header__child is-style2 pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">データ検索</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/uma_search/search.do" class="nk23_c-header__menuchild__text">- 競走馬検索</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/kis_detail_search/search.do" class="nk23_c-header__menuchild__text">- 騎手・調教師検索</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/race_detail_search/search.do" class="nk23_c-header__menuchild__text">- 過去レース検索</a>
                                </li>
                            </ul>
                        </div>
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">記録情報</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/memorial/memorial.do" class="nk23_c-header__menuchild__text">- メモリアル(騎手・調教師)</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/leading_kis/000000000000001.do" class="nk23_c-header__menuchild__text">- リーディング情報</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/approved/" class="nk23_c-header__menuchild__text">- 認定厩舎</a>
                                </li>
                            </ul>
                        </div>
                        <div class="nk23_c-header__child__col">
                            <p class="nk23_c-header__child__title">分析情報</p>
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/shiken_menu/shiken.do" class="nk23_c-header__menuchild__text">- 能力調教試験</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/deme/0000000000.do" class="nk23_c-header__menuchild__text">- 枠番・馬番別成績</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/course_menu/course.do" class="nk23_c-header__menuchild__text">- コース情報</a>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
            <li class="nk23_c-header__menu__item has-menuchild swiper-slide">
                <a href="/calendar/000000.do" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_calendar.svg" alt="開催日程">
                    <img class="is-active" src="/assets/images/common/icon/icon_calendar-white.svg" alt="開催日程">
                        開催日程
                </a>
                <div class="nk23_c-header__child is-center pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/calendar/000000.do" class="nk23_c-header__menuchild__text">- 年間開催日程</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/grace_list/0000.do" class="nk23_c-header__menuchild__text">- 重賞競走日程</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/jyougai_release_guide/000000.do" class="nk23_c-header__menuchild__text">- 場外発売案内</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/other_release_calendar/000000.do" class="nk23_c-header__menuchild__text">- 他場レース発売日程</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/expiration_date/index.do" class="nk23_c-header__menuchild__text">- 払戻期限一覧</a>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
            <li class="nk23_c-header__menu__item has-menuchild swiper-slide">
                <a href="/bangumi_menu/bangumi.do" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_monitor.svg" alt="番組・登録馬">
                    <img class="is-active" src="/assets/images/common/icon/icon_monitor-white.svg" alt="番組・登録馬">
                        番組・登録馬
                </a>
                <div class="nk23_c-header__child is-style2 pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/bangumi_menu/bangumi.do" class="nk23_c-header__menuchild__text">- 番組表</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/tourokuba_menu/tourokuba.do" class="nk23_c-header__menuchild__text">- 登録馬一覧</a>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
            <li class="nk23_c-header__menu__item has-menuchild swiper-slide">
                <a href="/ltd/my_index/index.do" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_docuser.svg" alt="Myページ">
                    <img class="is-active" src="/assets/images/common/icon/icon_docuser-white.svg" alt="Myページ">
                        Myページ
                    <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="Myページ">
                </a>
                <div class="nk23_c-header__child is-style2 pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/ltd/my_index/index.do" class="nk23_c-header__menuchild__text js-login-moda-btn">- MyページTOP
                                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="MyページTOP">
                                    </a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/ltd/vote_result/10000.do" class="nk23_c-header__menuchild__text js-login-moda-btn">-
                                        投票成績
                                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="投票成績">
                                    </a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/ltd/favorite_uma/list.do" class="nk23_c-header__menuchild__text js-login-moda-btn">-
                                        お気に入り馬
                                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="お気に入り馬">
                                    </a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/ltd/favorite_kis/list.do" class="nk23_c-header__menuchild__text js-login-moda-btn">-
                                        お気に入り騎手
                                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="お気に入り騎手">
                                    </a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/ltd/favorite_cho/list.do" class="nk23_c-header__menuchild__text js-login-moda-btn">-
                                        お気に入り調教師
                                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="お気に入り調教師">
                                    </a>
                                </li>
                                <li class="nk23_c-header__menuchild__item is-small ">
                                    <span class="nk23_c-header__menuchild__text">
                                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="SPAT4会員限定マーク">SPAT4会員限定マーク
                                    </span>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
            <li class="nk23_c-header__menu__item has-menuchild swiper-slide"">
                <a href="/info/" class="nk23_c-header__menu__text">
                    <img src="/assets/images/common/icon/icon_shield.svg" alt="ご利用案内">
                    <img class="is-active" src="/assets/images/common/icon/icon_shield-white.svg" alt="ご利用案内">
                        ご利用案内
                </a>
                <div class="nk23_c-header__child is-last pc">
                    <div class="nk23_c-header__child__inner">
                        <div class="nk23_c-header__child__col">
                            <ul class="nk23_c-header__menuchild">
                                <li class="nk23_c-header__menuchild__item is-active ">
                                    <a href="/info/" class="nk23_c-header__menuchild__text">- ご案内</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/qanda/top.html" class="nk23_c-header__menuchild__text">- お問い合わせ・Q&A</a>
                                </li>
                                <li class="nk23_c-header__menuchild__item ">
                                    <a href="/info/usage/sitemap.html" class="nk23_c-header__menuchild__text">- サイトマップ</a>
                                </li>
                            </ul>
                        </div>
                    </div>
                </div>
            </li>
        </ul>
        <div class="swiper-button-prev"></div>
        <div class="swiper-button-next"></div>
    </div>
</div>    <!-- //PC固定 -->
        <!-- wrapper -->
        <div class="nk23_c-header__bottom">

                        <!-- subNav -->
            <div id="subNav" class="nk23_c-header__submenu">

                
                                <ul class="nk23_c-header__submenu__inner">
                    <li  class="nk23_c-header__submenu__item"><a href="/program/00000000000000.do" class="nk23_c-header__submenu__text">レース一覧</a></li>
                    <li  class="nk23_c-header__submenu__item"><a href="/henko_info/00000000000000.do" class="nk23_c-header__submenu__text">変更情報一覧</a></li>
                    <li  class="nk23_c-header__submenu__item"><a href="/tyaku_info/00000000000000.do" class="nk23_c-header__submenu__text">着順速報</a></li>
                    <li id='currentSub' class="nk23_c-header__submenu__item is-active"><a href="/repay/00000000000000.do" class="nk23_c-header__submenu__text">払戻金一覧</a></li>
                    <li  class="nk23_c-header__submenu__item"><a href="/hibetu_kijyo/00000000000000.do" class="nk23_c-header__submenu__text">本日の騎乗一覧</a></li>
                    <li  class="nk23_c-header__submenu__item"><a href="/calendar/000000.do" class="nk23_c-header__submenu__text">開催日程</a></li>
                    <li  class="nk23_c-header__submenu__item"><a href="/info/calc_marks" class="nk23_c-header__submenu__text">組合せ数計算</a></li>
                    <li  class="nk23_c-header__submenu__item"><a href="/jyusyosiki/00000000000000000000.do" class="nk23_c-header__submenu__text">SPAT4LOTO</a></li>
                </ul>

                
                
                
                
            </div>
            <!-- //subNav -->
        </div>
            <!-- SP固定 -->
<div class="nk23_c-header__content sp">
    <div class="nk23_c-header__content__inner">
        <div class="nk23_c-header__btns">
            <a href="/info/spat4/jump/go_0003.html" target="_blank" rel="noopener noreferrer" class="nk23_c-header__btn">
                <img src="/assets/images/common/icon/logo_spat4.png" alt="SPAT4">
                <span class="nk23_c-header__btn__text">プレミアムポイント</span>
            </a>
            <a href="/info/spat4/jump/go_0002.html" target="_blank" rel="noopener noreferrer" class="nk23_c-header__btn is-color1">
                <img src="/assets/images/common/icon/logo_spat4.png" alt="SPAT4">
                <span class="nk23_c-header__btn__text">投票</span>
            </a>
            <a href="/info/spat4/jump/go_nyukai.html" class="nk23_c-header__btn is-style2" data-js="spat4bosyu" target="_blank" rel="noopener noreferrer">
                <img src="/assets/images/common/icon/logo_spat4-blue.svg" alt="新規申し込み">
                <span class="nk23_c-header__btn__text">新規申し込み</span>
            </a>
            <a href="/ltd/my_logout/logout.do" class="nk23_c-header__btn is-style1" data-js="n4logout">
                <img src="/assets/images/common/icon/icon_logout.svg" alt="ログアウト">
                <span class="nk23_c-header__btn__text">ログアウト</span>
            </a>
        </div>

        <a href="#" onclick="location.reload();" class="nk23_c-btn01 sp">
            <img class="nk23_c-btn01__icon" src="/assets/images/common/icon/icon_reverse.svg" alt="更新">
                更新
        </a>

        <div class="nk23_c-header__form">
            <form class="nk23_c-header__form__inner">
                <div class="nk23_c-header__list searchAriaSp" data-floating="header-radio-items-sp">
                    <label class="nk23_c-header__tab is-active" for="radio-sp1">競走馬
                        <input type="radio" name="searchType" value="a" id="radio-sp1" data-js="header-radio-input-sp" data-href="/uma_detail_search/result.do" checked />
                    </label>
                    <label class="nk23_c-header__tab" for="radio-sp2">騎手
                        <input type="radio" name="searchType" value="b" id="radio-sp2" data-js="header-radio-input-sp" data-href="/kis_detail_search/result.do" />
                    </label>
                    <label class="nk23_c-header__tab" for="radio-sp3">調教師
                        <input type="radio" name="searchType" value="c" id="radio-sp3" data-js="header-radio-input-sp" data-href="/cho_detail_search/result.do" />
                    </label>
                    <label class="nk23_c-header__tab" for="radio-sp4">レース名
                        <input type="radio" name="searchType" value="d" id="radio-sp4" data-js="header-radio-input-sp" data-href="/race_detail_search/result.do" />
                    </label>
                    <span class="nk23_c-header__glider"></span>
                </div>
                <div class="nk23_c-header__form__input">
                    <input type="text" name="UMA_NAME" placeholder="全角カタカナ / 前方一致検索" class="header__searchBar_sp" onchange="copyInputText(this)">
                </div>
                <button class="nk23_c-header__form__btn" type="submit" form="search_frm" data-js="header-search-button">
                    <img src="/assets/images/common/icon/icon_search.svg" alt="seach">
                </button>
            </form>
        </div>

        <div class="nk23_c-header__menu">
            <ul class="nk23_c-header__menu__inner">
                <li class="nk23_c-header__menu__item is-home">
                    <a href="/" class="nk23_c-header__menu__text">
                        <img src="/assets/images/common/icon/icon_home.svg" alt="トップ">
                            トップ
                    </a>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_newspaper.svg" alt="開催情報">
                            開催情報
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">レース情報</p>
                                <ul class="nk23_c-header__menuchild js-menu-accorcontent">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/program/00000000000000.do" class="nk23_c-header__menuchild__text">出走表・オッズ</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/henko_info/00000000000000.do" class="nk23_c-header__menuchild__text">変更情報一覧</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/tyaku_info/00000000000000.do" class="nk23_c-header__menuchild__text">着順速報</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/repay/00000000000000.do" class="nk23_c-header__menuchild__text">払戻金一覧</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/hibetu_kijyo/00000000000000.do" class="nk23_c-header__menuchild__text">本日の騎乗一覧</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/calendar/000000.do" class="nk23_c-header__menuchild__text">過去の成績(開催日程)</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/calc_marks" class="nk23_c-header__menuchild__text">組み合わせ数計算ページ</a>
                                    </li>
                                </ul>
                            </div>
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">SPAT4LOTO トリプル馬単</p>
                                <ul class="nk23_c-header__menuchild">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/jyusyosiki/00000000000000000000.do" class="nk23_c-header__menuchild__text">本日のSPAT4LOTO
                                            トリプル馬単</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/jyusyosiki_result/00000000.do?month=alltuki&jo=alljo" class="nk23_c-header__menuchild__text">SPAT4LOTO トリプル馬単
                                            結果一覧</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/jyusyosiki_rankings/000000.do" class="nk23_c-header__menuchild__text">SPAT4LOTO トリプル馬単
                                            高配当50</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4loto/" class="nk23_c-header__menuchild__text">SPAT4LOTO
                                            トリプル馬単について</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_horse.svg" alt="Spat4">
                            SPAT4
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">はじめての方へ</p>
                                <ul class="nk23_c-header__menuchild js-menu-accorcontent">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/" class="nk23_c-header__menuchild__text">SPAT4のご案内 トップ</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/about.html" class="nk23_c-header__menuchild__text">SPAT4会員の種類と特徴</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/netbank/" class="nk23_c-header__menuchild__text">ネットバンク投票サービス会員とは</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/telephone/" class="nk23_c-header__menuchild__text">電話投票会員とは</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/faq.html" class="nk23_c-header__menuchild__text">よくあるご質問</a>
                                    </li>
                                </ul>
                            </div>
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">会員の皆様へ</p>
                                <ul class="nk23_c-header__menuchild">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/support/" class="nk23_c-header__menuchild__text">会員サポート トップ</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/spat4/support/manual.html" class="nk23_c-header__menuchild__text">ガイド・操作マニュアル</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/spat4_calendar/000000.do" class="nk23_c-header__menuchild__text">SPAT4発売日程</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_box.svg" alt="データBox">
                            データBOX
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">データ検索</p>
                                <ul class="nk23_c-header__menuchild js-menu-accorcontent">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/uma_detail_search/search.do" class="nk23_c-header__menuchild__text">競走馬検索</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/kis_detail_search/search.do" class="nk23_c-header__menuchild__text">騎手・調教師検索</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/race_detail_search/search.do" class="nk23_c-header__menuchild__text">過去レース検索</a>
                                    </li>
                                </ul>
                            </div>
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">記録情報</p>
                                <ul class="nk23_c-header__menuchild">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/memorial/memorial.do" class="nk23_c-header__menuchild__text">メモリアル(騎手・調教師)</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/leading_kis/000000000000001.do" class="nk23_c-header__menuchild__text">リーディング情報</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/approved/" class="nk23_c-header__menuchild__text">認定厩舎</a>
                                    </li>
                                </ul>
                            </div>
                            <div class="nk23_c-header__child__col">
                                <p class="nk23_c-header__child__title js-menu-accor">分析情報</p>
                                <ul class="nk23_c-header__menuchild">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/shiken_menu/shiken.do" class="nk23_c-header__menuchild__text">能力調教試験</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/deme/0000000000.do" class="nk23_c-header__menuchild__text">枠番・馬番別成績</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/course_menu/course.do" class="nk23_c-header__menuchild__text">コース情報</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_calendar.svg" alt="開催日程">
                            開催日程
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <ul class="nk23_c-header__menuchild no-accor">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/calendar/000000.do" class="nk23_c-header__menuchild__text">年間開催日程</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/grace_list/0000.do" class="nk23_c-header__menuchild__text">重賞競走日程</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/jyougai_release_guide/000000.do" class="nk23_c-header__menuchild__text">場外発売案内</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/other_release_calendar/000000.do" class="nk23_c-header__menuchild__text">他場レース発売日程</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/expiration_date/index.do" class="nk23_c-header__menuchild__text">払戻期限一覧</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_monitor.svg" alt="番組・登録馬">
                            番組・登録馬
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <ul class="nk23_c-header__menuchild no-accor">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/bangumi_menu/bangumi.do" class="nk23_c-header__menuchild__text">番組表</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/tourokuba_menu/tourokuba.do" class="nk23_c-header__menuchild__text">登録馬一覧</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_docuser.svg" alt="Myページ">
                            Myページ
                        <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="Myページ">
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <ul class="nk23_c-header__menuchild no-accor">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/ltd/my_index/index.do" class="nk23_c-header__menuchild__text js-login-moda-btn">MyページTOP
                                            <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="MyページTOP">
                                        </a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/ltd/vote_result/10000.do" class="nk23_c-header__menuchild__text js-login-moda-btn">投票成績
                                            <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="投票成績">
                                        </a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/ltd/favorite_uma/list.do" class="nk23_c-header__menuchild__text js-login-moda-btn">お気に入り馬
                                            <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="お気に入り馬">
                                        </a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/ltd/favorite_kis/list.do" class="nk23_c-header__menuchild__text js-login-moda-btn">お気に入り騎手
                                            <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="お気に入り騎手">
                                    </a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/ltd/favorite_cho/list.do" class="nk23_c-header__menuchild__text js-login-moda-btn">お気に入り調教師
                                            <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="お気に入り調教師">
                                    </a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item is-style1 ">
                                        <span class="nk23_c-header__menuchild__text">
                                            <img class="icon-plus" src="/assets/images/common/icon/icon_horse-blue.svg" alt="SPAT4会員限定マーク">
                                                SPAT4会員限定マーク
                                        </span>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
                <li class="nk23_c-header__menu__item has-menuchild">
                    <span class="nk23_c-header__menu__text js-menu-accor">
                        <img src="/assets/images/common/icon/icon_shield.svg" alt="ご利用案内">
                            ご利用案内
                    </span>
                    <div class="nk23_c-header__child js-menu-accorcontent">
                        <div class="nk23_c-header__child__inner">
                            <div class="nk23_c-header__child__col">
                                <ul class="nk23_c-header__menuchild no-accor">
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/" class="nk23_c-header__menuchild__text">ご案内</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/qanda/top.html" class="nk23_c-header__menuchild__text">お問い合わせ・Q&A</a>
                                    </li>
                                    <li class="nk23_c-header__menuchild__item ">
                                        <a href="/info/usage/sitemap.html" class="nk23_c-header__menuchild__text">サイトマップ</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </li>
            </ul>
        </div>
    </div>
</div>            <!-- //SP固定 -->
        </div>
        <!-- //wrapper -->


<main class="p-result">
<section class="p-result1">
<div class="nk23_l-container">
<h2 class="nk23_c-title01">競走成績</h2>
<div class="nk23_c-tab1 is-loading">
<!-- raceSelector -->
<div class="nk23_c-tab1__navi">
<div class="nk23_c-tab1__navi__wrap swiper js-tab1-slide">
<ul class="nk23_c-tab1__navi__list swiper-wrapper">
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race01">1R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race02">2R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race03">3R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race04">4R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race05">5R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race06">6R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race07">7R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race08">8R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race09">9R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race10">10R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<a class="nk23_c-tab1__navi__text" id="race11">11R</a>
</li>
<li class="nk23_c-tab1__navi__item swiper-slide">
<span class="nk23_c-tab1__navi__text is-active" id="race12">12R</span>
</li>
</ul>
<div class="swiper-button-prev"></div>
<div class="swiper-button-next"></div>
</div>
</div>
<script type="text/javascript">
<!--
function setRaceSelLink(link,code,ltd){
if(!code){
code="";
}
var url="";
url= "./2026082819060501"+ code +".do";
$("a#race01").attr("href", url);
url= "./2026082819060502"+ code +".do";
$("a#race02").attr("href", url);
url= "./2026082819060503"+ code +".do";
$("a#race03").attr("href", url);
url= "./2026082819060504"+ code +".do";
$("a#race04").attr("href", url);
url= "./2026082819060505"+ code +".do";
$("a#race05").attr("href", url);
url= "./2026082819060506"+ code +".do";
$("a#race06").attr("href", url);
url= "./2026082819060507"+ code +".do";
$("a#race07").attr("href", url);
url= "./2026082819060508"+ code +".do";
$("a#race08").attr("href", url);
url= "./2026082819060509"+ code +".do";
$("a#race09").attr("href", url);
url= "./2026082819060510"+ code +".do";
$("a#race10").attr("href", url);
url= "./2026082819060511"+ code +".do";
$("a#race11").attr("href", url);
url= "./2026082819060512"+ code +".do";
$("a#race12").attr("href", url);
}
//-->
</script>
<!-- //raceSelector -->
<div class="nk23_c-tab1__content">
<div class="nk23_l-container">
<div class="nk23_c-tab1__box">
<script type="text/javaScript" language="javaScript">
var noimg = new Image(180,85);
noimg.src = "/shared/images/course/19_00_cn.png";
function courseErrorPc(){
var course = document.getElementById("course_pc");
course.src = noimg.src;
}
function courseErrorSp(){
var course = document.getElementById("course_sp");
course.src = noimg.src;
}
</script>
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
<p class="nk23_c-tab1__text">八肥の会ｐｒｅｓｅｎｔｓ</p>                        <h3 class="nk23_c-tab1__title">
<span class="nk23_c-tab1__title__text">２０２６ＪｏｃｋｅｙｓＦｅｓｔｉｖａｌ（５ｔｈ） Ｃ２ 選抜馬</span>
<span class="nk23_c-btn02 is-accor sp js-tab1-accorbtn">
<span class="nk23_c-btn02__text js-tab1-accortext">詳細</span>
</span>
</h3>
</div><!-- / .nk23_c-tab1__accor js-tab1-accor -->
<div class="nk23_c-tab1__accor__content js-tab1-accorcontent">
<p class="nk23_c-tab1__accor__grtext">
<span class="nk23_c-tab1__texts__gr">
<span class="nk23_c-tab1__text">サラブレッド系　一般</span>
<span class="nk23_c-tab1__text"></span>
<span class="nk23_c-tab1__text">（特別競走）</span>
<span class="nk23_c-tab1__text"></span>
<span class="nk23_c-tab1__text"></span>
</span>
<span class="nk23_c-tab1__texts is-style1">
<span class="nk23_c-tab1__text is-style1">賞金</span>
<span class="nk23_c-tab1__texts__gr">
<span class="nk23_c-tab1__text">1着1,500,000円　</span>
<span class="nk23_c-tab1__text">2着600,000円　</span>
<span class="nk23_c-tab1__text">3着375,000円　</span>
<span class="nk23_c-tab1__text">4着225,000円　</span>
<span class="nk23_c-tab1__text">5着150,000円</span>
</span>
</span>
<span class="nk23_c-tab1__texts is-style1">
<span class="nk23_c-tab1__text is-style1 pc">番組ポイント</span>
<span class="nk23_c-tab1__text is-style1 sp">ポイント</span>
<span class="nk23_c-tab1__texts__gr">
<span class="nk23_c-tab1__text">1着180P</span>
<span class="nk23_c-tab1__text">2着72P</span>
<span class="nk23_c-tab1__text">3着45P</span>
<span class="nk23_c-tab1__text">4着27P</span>
<span class="nk23_c-tab1__text">5着18P</span>
</span>
</span>
</p>
<div class="nk23_c-tab1__imgtext sp">
<figure class="nk23_c-tab1__img">
<a href="/course_result/191800000000.do" class="btn-coursemap">
<img src="/shared/images/course/19_1800_out.png" alt="ダート1,800m" id="course_sp">
</a>
</figure>
<script type="text/javaScript" language="javaScript">
document.getElementById("course_sp").onerror = courseErrorSp;
</script>
<p class="nk23_c-tab1__grtext is-flex-center">
<span class="nk23_c-tab1__texts">
<span class="nk23_c-tab1__text">1:47.8</span>
<span class="nk23_c-tab1__text">2008.09.23</span>
<span class="nk23_c-tab1__text">
不良・晴
</span>
</span>
<span class="nk23_c-tab1__texts__gr">
<span class="nk23_c-tab1__texts">
<span class="nk23_c-tab1__text">
ボンネビルレコード
</span>
<span class="nk23_c-tab1__text">牡6</span>
</span>
<span class="nk23_c-tab1__texts">
<span class="nk23_c-tab1__text">
的場文男
</span>
<span class="nk23_c-tab1__text">58.0</span>
</span>
</span>
</p>
</div><!-- / .nk23_c-tab1__imgtext sp -->
</div><!-- / .nk23_c-tab1__accor js-tab1-accor -->
</div><!-- / .nk23_c-tab1__box__content -->
<div class="nk23_c-tab1__imgtext pc">
<figure class="nk23_c-tab1__img">
<a href="/course_result/191800000000.do" class="btn-coursemap">
<img src="/shared/images/course/19_1800_out.png" alt="ダート1,800m" id="course_pc">
</a>
</figure>
<script type="text/javaScript" language="javaScript">
document.getElementById("course_pc").onerror = courseErrorPc;
</script>
<p class="nk23_c-tab1__grtext is-flex-center">
<span class="nk23_c-tab1__texts">
<span class="nk23_c-tab1__text">1:47.8</span>
<span class="nk23_c-tab1__text">2008.09.23</span>
<span class="nk23_c-tab1__text">
不良・晴
</span>
</span>
<span class="nk23_c-tab1__texts__gr">
<span class="nk23_c-tab1__texts">
<span class="nk23_c-tab1__text">
ボンネビルレコード
</span>
<span class="nk23_c-tab1__text">牡6</span>
</span>
<span class="nk23_c-tab1__texts">
<span class="nk23_c-tab1__text">
的場文男
</span>
<span class="nk23_c-tab1__text">58.0</span>
</span>
</span>
</p>
</div><!-- / .nk23_c-tab1__imgtext pc -->
</div><!-- / .nk23_c-tab1__box__top -->
<!-- ツールチップモーダルベース -->
<div class="tc_modal is-style1 js-modal1-modal" data-modal1-modal="modal">
<div id="tooltipModal" class="tc_modal__wrap">
<div class="tc_modal__inner">
<span id="modal1-close" class="tc_modal__btn js-close-modal1">close</span>
</div>
</div>
</div>
<script language="javascript">
// ツールチップアイコンの弟要素をツールチップ内容に注入
$(function () {
$(".js-modal1-btn").click(function(){
//前の表示内容を削除する
$("#modal1-close").nextAll().remove();
//新しい表示内容を設定する
var msg = $(this).next();
if (msg.hasClass("tc_modal_message")){
var html = msg.html();
$("#modal1-close").after(html);
} else{
return false;
}
});
});
</script>
<div class="nk23_c-tab1__box__bottom tpc-cpr">
<a href="/program/20260828190605.do" class='nk23_c-link '>レース一覧</a>
<div class="nk23_c-tab1__btns ml-auto">
<div class="tpc-cpr_btn">
<a  class="is-btn-funabashi  is-disable">
<span>カンタンチェック！</span>
TOPICS &amp; 比較表
</a>
</div>
<a id="gamenKirikaeMenu_replay" class='nk23_c-btn02 is-style1 '>
<span class="nk23_c-btn02__text">
<img class="nk23_c-btn02__icon" src="/assets/images/common/icon/icon_exodus.svg" alt="リプレイ">
<img class="nk23_c-btn02__icon is-active" src="/assets/images/common/icon/icon_exodus-white.svg" alt="リプレイ">
リプレイ</span>
</a>
</div>
<div class="nk23_c-tab1__btns is-style1">
<a href="/syousai/2026082819060512.do" class='nk23_c-btn02 ' data-menu="race_info">
<span class="nk23_c-btn02__text">
<img class="nk23_c-btn02__icon" src="/assets/images/common/icon/icon_exodus.svg" alt="出走表">
<img class="nk23_c-btn02__icon is-active" src="/assets/images/common/icon/icon_exodus-white.svg" alt="出走表">
出走表</span>
</a>
<a href="/odds/202608281906051201.do" class='nk23_c-btn02 ' data-menu="odds">
<span class="nk23_c-btn02__text">
<img class="nk23_c-btn02__icon" src="/assets/images/common/icon/icon_growth.svg" alt="オッズ">
<img class="nk23_c-btn02__icon is-active" src="/assets/images/common/icon/icon_growth-white.svg" alt="オッズ">
オッズ</span>
</a>
<a href="/result/2026082819060512.do" class='nk23_c-btn02 ' data-menu="result">
<span class="nk23_c-btn02__text">
<img class="nk23_c-btn02__icon" src="/assets/images/common/icon/icon_ranking.svg" alt="結果">
<img class="nk23_c-btn02__icon is-active" src="/assets/images/common/icon/icon_ranking-white.svg" alt="結果">
結果</span>
</a>
<a  class='nk23_c-btn02  is-disable ' data-menu="analyze_top">
<span class="nk23_c-btn02__text">
<img class="nk23_c-btn02__icon" src="/assets/images/common/icon/icon_find.svg" alt="分析">
<img class="nk23_c-btn02__icon is-active" src="/assets/images/common/icon/icon_find-white.svg" alt="分析">
分析</span>
</a>
<a href="/race_trend/2026190605.do?open_date=20260828" class='nk23_c-btn02 is-color3' data-menu="race_trend">
<span class="nk23_c-btn02__text">
<img class="nk23_c-btn02__icon" src="/assets/images/common/icon/icon_rank-orange.svg" alt="レース傾向">
<img class="nk23_c-btn02__icon is-active" src="/assets/images/common/icon/icon_rank-white.svg" alt="レース傾向">
レース傾向</span>
</a>
</div>
<script type="text/javascript">
function setViewInGamenKirikaeMenu() {
switch (gamenKirikaeMenuCategor) {
case 'race_info' :
$('[data-menu=race_info]').removeClass("is-disable");
$('[data-menu=race_info]').addClass("is-active");
break;
case 'odds' :
$('[data-menu=odds]').removeClass("is-disable");
$('[data-menu=odds]').addClass("is-active");
break;
case 'result' :
$('[data-menu=result]').removeClass("is-disable");
$('[data-menu=result]').addClass("is-active");
break;
case 'analyze_top' :
$('[data-menu=analyze_top]').removeClass("is-disable");
$('[data-menu=analyze_top]').addClass("is-active");
break;
case 'race_trend' :
$('[data-menu=race_trend]').removeClass("is-disable");
$('[data-menu=race_trend]').addClass("is-active");
break;
}
var replayExpires = $('#gamenKirikaeMenu_replayExpires').val();
var replayExpiresDate = new Date();
replayExpiresDate.setDate(replayExpiresDate.getDate() - Number(replayExpires));
replayExpiresDate.setHours(0);
replayExpiresDate.setMinutes(0);
replayExpiresDate.setSeconds(0);
replayExpiresDate.setMilliseconds(0);
var openDateString = $('#gamenKirikaeMenu_openDate').val();
var openDate = new Date();
openDate.setFullYear(Number(openDateString.substring(0, 4)));
openDate.setMonth(Number(openDateString.substring(4, 6) - 1));
openDate.setDate(Number(openDateString.substring(6, 8)));
openDate.setHours(0);
openDate.setMinutes(0);
openDate.setSeconds(0);
openDate.setMilliseconds(0);
if (replayExpiresDate >= openDate) {
$('#gamenKirikaeMenu_choVideo').addClass('hidden');
}
var isNankan = $('#gamenKirikaeMenu_nankanFlg').val();
var hasRaceData = $('#gamenKirikaeMenu_dataExistFlg').val();
var isGrace = $('#gamenKirikaeMenu_raceKubun').val();
var programId = $('#gamenKirikaeMenu_programId').val();
var replayButtonHrefText = "javascript:openMovieForStrobeMediaPlayback('" + programId + "')";
if (isNankan === "false") {
$('#gamenKirikaeMenu_replay').addClass('hidden');
} else if (hasRaceData === "false") {
$('#gamenKirikaeMenu_replay').addClass('is-disable');
} else if (isGrace === "true") {
var replayProvideStartDate = new Date(2010, 3, 1, 0, 0, 0);
replayProvideStartDate.setMilliseconds(0);
if (openDate < replayProvideStartDate || false || checkReturnMoneyTimeYet()) {
$('#gamenKirikaeMenu_replay').addClass('is-disable');
} else {
$('#gamenKirikaeMenu_replay').attr("href", replayButtonHrefText);
}
} else {
if (replayExpiresDate >= openDate || false || checkReturnMoneyTimeYet()) {
$('#gamenKirikaeMenu_replay').addClass('is-disable');
} else {
$('#gamenKirikaeMenu_replay').attr("href", replayButtonHrefText);
}
}
}
function checkReturnMoneyTimeYet() {
var returnMoneySwitchTime = $('#gamenKirikaeMenu_returnMoneySwitchTime').val();
if (returnMoneySwitchTime === null || returnMoneySwitchTime === "") {
return true;
}
var replayDelaySeconds = Number($('#gamenKirikaeMenu_replayDelaySeconds').val());
var replayDelayTime = new Date();
replayDelayTime.setFullYear(Number(returnMoneySwitchTime.substring(0, 4)));
replayDelayTime.setMonth(Number(returnMoneySwitchTime.substring(4, 6) - 1));
replayDelayTime.setDate(Number(returnMoneySwitchTime.substring(6, 8)));
replayDelayTime.setHours(Number(returnMoneySwitchTime.substring(9, 11)));
replayDelayTime.setMinutes(Number(returnMoneySwitchTime.substring(11, 13)));
replayDelayTime.setSeconds(Number(returnMoneySwitchTime.substring(13, 15)) + replayDelaySeconds);
replayDelayTime.setMilliseconds(Number(returnMoneySwitchTime.substring(15, 18)));
var systemDate = new Date();
if (systemDate > replayDelayTime) {
return false;
}
return true;
}
$(function() {
setViewInGamenKirikaeMenu();
});
</script>
<input type="hidden" id="gamenKirikaeMenu_raceKubun" value="false" />
<input type="hidden" id="gamenKirikaeMenu_openDate" value="20260828" />
<input type="hidden" id="gamenKirikaeMenu_dataExistFlg" value="true" />
<input type="hidden" id="gamenKirikaeMenu_replayExpires" value="365" />
<input type="hidden" id="gamenKirikaeMenu_returnMoneySwitchTime" value="20260828 210404096" />
<input type="hidden" id="gamenKirikaeMenu_replayDelaySeconds" value="0" />
<input type="hidden" id="gamenKirikaeMenu_nankanFlg" value="true" />
<input type="hidden" id="gamenKirikaeMenu_programId" value="2026082819060512" />
</div>

</div>
</div>
</div>
<!-- コメント -->
<!-- //コメント -->
<div summary="レース結果">
<div class="nk23_c-table01 nk23_c-table01--style4">
<p class="nk23_c-table01__txt">
<span>天候: 曇</span>
<img class="nk23_c-table01__txt__icon" src="/assets/images/common/icon/ico-weather02.svg" alt="曇">
<span>馬場: ダート 良</span>
</p>
<div class="nk23_l-container">
<div class="nk23_c-table01__wrap js-scroll-datatable">
<div class="nk23_c-table01__inner" data-scrollbar>
<table class="nk23_c-table01__table">
<thead>
<tr>
<th>着</th>
<th>枠</th>
<th>番号</th>
<th>馬名</th>
<th>性齢</th>
<th>負担</th>
<th>馬体重</th>
<th>増減</th>
<th>騎手</th>
<th>調教師</th>
<th>タイム</th>
<th>着差</th>
<th>上がり3F</th>
<th>コーナー通過順</th>
<th>人気</th>
</tr>
</thead>
<tbody>
<tr class="nk23_u-bg-color35">
<td>1</td>
<td class="nk23_u-bg-color18"><strong>8</strong></td>
<td>12</td>
<td class="nk23_u-left"><a href="/uma_info/2022106921.do">ユウオウマイシン</a></td>
<td>牡4</td>
<td>56.0</td>
<td>461kg</td>
<td>±0</td>
<td><a href="/kis_info/031178.do">川島正太郎</a></td>
<td><a href="/cho_info/010965.do">吉田正美</a></td>
<td>1:58.7</td>
<td>-</td>
<td>40.2</td>
<td>2-2-4-4</td>
<td>2</td>
</tr>
<tr class="nk23_u-bg-color36">
<td>2</td>
<td class="nk23_u-bg-color15"><strong>5</strong></td>
<td>7</td>
<td class="nk23_u-left"><a href="/uma_info/2022104371.do">タカオスマイル</a></td>
<td>牡4</td>
<td>56.0</td>
<td>472kg</td>
<td>＋5</td>
<td><a href="/kis_info/031120.do">山口達弥</a></td>
<td><a href="/cho_info/011426.do">山田信大</a></td>
<td>1:58.9</td>
<td>１ 1/2</td>
<td>39.7</td>
<td>5-6-5-5</td>
<td>6</td>
</tr>
<tr class="nk23_u-bg-color37">
<td>3</td>
<td class="nk23_u-bg-color18"><strong>8</strong></td>
<td>13</td>
<td class="nk23_u-left"><a href="/uma_info/2022106050.do">ヨルノチョウ</a></td>
<td>牝4</td>
<td>54.0</td>
<td>476kg</td>
<td>＋4</td>
<td><a href="/kis_info/031235.do">張田昂</a></td>
<td><a href="/cho_info/011277.do">玉井昇</a></td>
<td>1:59.2</td>
<td>１ 1/2</td>
<td>41.3</td>
<td>3-4-2-1</td>
<td>3</td>
</tr>
<tr class="">
<td>4</td>
<td class="nk23_u-bg-color13"><strong>3</strong></td>
<td>3</td>
<td class="nk23_u-left"><a href="/uma_info/2021102771.do">フェイスカワサキ</a></td>
<td>牡5</td>
<td>56.0</td>
<td>484kg</td>
<td>-4</td>
<td><a href="/kis_info/031306.do">木間塚龍馬</a></td>
<td><a href="/cho_info/011514.do">石崎駿</a></td>
<td>1:59.4</td>
<td>１</td>
<td>39.8</td>
<td>9-7-9-7</td>
<td>4</td>
</tr>
<tr class="">
<td>5</td>
<td class="nk23_u-bg-color17"><strong>7</strong></td>
<td>11</td>
<td class="nk23_u-left"><a href="/uma_info/2022101895.do">ノーヴヒーロー</a></td>
<td>牡4</td>
<td>56.0</td>
<td>483kg</td>
<td>＋1</td>
<td><a href="/kis_info/031087.do">庄司大輔</a></td>
<td><a href="/cho_info/011022.do">林正人</a></td>
<td>1:59.4</td>
<td>クビ</td>
<td>40.2</td>
<td>12-12-5-6</td>
<td>1</td>
</tr>
<tr class="">
<td>6</td>
<td class="nk23_u-bg-color14"><strong>4</strong></td>
<td>5</td>
<td class="nk23_u-left"><a href="/uma_info/2020105944.do">ニシノシャイニング</a></td>
<td>牡6</td>
<td>56.0</td>
<td>461kg</td>
<td>＋3</td>
<td><a href="/kis_info/031187.do">小杉亮</a></td>
<td><a href="/cho_info/011174.do">佐々木清明</a></td>
<td>1:59.5</td>
<td>3/4</td>
<td>39.5</td>
<td>13-13-11-9</td>
<td>13</td>
</tr>
<tr class="">
<td>7</td>
<td class="nk23_u-bg-color17"><strong>7</strong></td>
<td>10</td>
<td class="nk23_u-left"><a href="/uma_info/2020103897.do">シュヴァルツナーガ</a></td>
<td>牝6</td>
<td>54.0</td>
<td>448kg</td>
<td>＋3</td>
<td><a href="/kis_info/031261.do">岡村健司</a></td>
<td><a href="/cho_info/011222.do">矢野義幸</a></td>
<td>1:59.6</td>
<td>1/2</td>
<td>39.8</td>
<td>8-9-10-11</td>
<td>8</td>
</tr>
<tr class="">
<td>8</td>
<td class="nk23_u-bg-color16"><strong>6</strong></td>
<td>9</td>
<td class="nk23_u-left"><a href="/uma_info/2021100880.do">ファイアーサイン</a></td>
<td>牡5</td>
<td>56.0</td>
<td>470kg</td>
<td>＋2</td>
<td><a href="/kis_info/030800.do">野澤憲彦</a></td>
<td><a href="/cho_info/011459.do">林幻</a></td>
<td>1:59.6</td>
<td>アタマ</td>
<td>41.7</td>
<td>9-9-2-1</td>
<td>9</td>
</tr>
<tr class="">
<td>9</td>
<td class="nk23_u-bg-color0"><strong>2</strong></td>
<td>2</td>
<td class="nk23_u-left"><a href="/uma_info/2020104229.do">ボニファシオ</a></td>
<td>牡6</td>
<td>56.0</td>
<td>511kg</td>
<td>＋2</td>
<td><a href="/kis_info/031147.do">本田正重</a></td>
<td><a href="/cho_info/011303.do">山本学</a></td>
<td>1:59.8</td>
<td>１</td>
<td>40.4</td>
<td>7-7-8-7</td>
<td>5</td>
</tr>
<tr class="">
<td>10</td>
<td class="nk23_u-bg-color15"><strong>5</strong></td>
<td>6</td>
<td class="nk23_u-left"><a href="/uma_info/2020103375.do">オランジー</a></td>
<td>牝6</td>
<td>54.0</td>
<td>454kg</td>
<td>＋6</td>
<td><a href="/kis_info/031210.do">柿本量平</a></td>
<td><a href="/cho_info/011088.do">阿井正雄</a></td>
<td>2:00.9</td>
<td>５</td>
<td>40.9</td>
<td>9-9-11-12</td>
<td>11</td>
</tr>
<tr class="">
<td>11</td>
<td class="nk23_u-bg-color16"><strong>6</strong></td>
<td>8</td>
<td class="nk23_u-left"><a href="/uma_info/2021104744.do">アンティシパル</a></td>
<td>セ5</td>
<td>53.0</td>
<td>464kg</td>
<td>＋5</td>
<td><a href="/kis_info/031366.do">▲沖響主</a></td>
<td><a href="/cho_info/011425.do">山下貴之</a></td>
<td>2:01.0</td>
<td>3/4</td>
<td>43.3</td>
<td>1-1-1-1</td>
<td>7</td>
</tr>
<tr class="">
<td>12</td>
<td class="nk23_u-bg-white"><strong>1</strong></td>
<td>1</td>
<td class="nk23_u-left"><a href="/uma_info/2022106145.do">オリエンタルマック</a></td>
<td>牡4</td>
<td>56.0</td>
<td>473kg</td>
<td>-3</td>
<td><a href="/kis_info/030840.do">西村栄喜</a></td>
<td><a href="/cho_info/011228.do">酒井一則</a></td>
<td>2:01.5</td>
<td>２ 1/2</td>
<td>42.4</td>
<td>3-3-5-9</td>
<td>10</td>
</tr>
<tr class="">
<td>13</td>
<td class="nk23_u-bg-color14"><strong>4</strong></td>
<td>4</td>
<td class="nk23_u-left"><a href="/uma_info/2021101109.do">ビューティビースト</a></td>
<td>牝5</td>
<td>54.0</td>
<td>459kg</td>
<td>＋6</td>
<td><a href="/kis_info/031110.do">實川純一</a></td>
<td><a href="/cho_info/011228.do">酒井一則</a></td>
<td>2:03.7</td>
<td>大差</td>
<td>43.3</td>
<td>5-5-13-13</td>
<td>12</td>
</tr>
</table>
</div>
<div class="nk23_c-table01__icon js-table-icon is-show sp">
<img src="/assets/images/common/icon/icon_swipe.svg" alt="横にスライド">
</div>
</div>
</div>
</div>
<div class="nk23_c-table01 nk23_c-table01--style2">
<div class="nk23_l-container">
<h4 class="nk23_c-table01__title">タイム</h4>
<div class="nk23_c-table01__wrap">
<div class="nk23_c-table01__inner">
<table class="nk23_c-table01__table is-td-w01">
<thead>
<tr>
<th>上がり3F</th>
<th>上がり4F</th>
<th>ハロンタイム</th>
</tr>
</thead>
<tbody>
<tr>
<td>41.0</td>
<td>54.5</td>
<td class="nk23_u-left">
12.3-11.8-13.2-12.8-14.1-13.5-13.2-14.0-13.8
</td>
</tr>
</tbody>
</table>
</div>
</div>
<p class="nk23_c-text01 is-style1">「()」は1馬身未満の差で併走している馬群を示し、()内は馬番順で記します。</p>
</div>
</div>
<div class="nk23_c-table01 nk23_c-table01--style2">
<div class="nk23_l-container">
<h4 class="nk23_c-table01__title">通過順</h4>
<div class="nk23_c-table01__wrap">
<div class="nk23_c-table01__inner">
<table class="nk23_c-table01__table is-td-w02">
<thead>
<tr>
<th colspan="2">コーナー通過順</th>
</tr>
</thead>
<tbody>
<tr>
<td>１角</td>
<td class="nk23_u-left">8-<span class="nk23_u-bg-color35" style="display:inline-block;padding:0 5px;color:#221f1f;">12</span>,(1,13),(4,7),2,10,(3,6,9),11-5</td>
</tr>
<tr>
<td>２角</td>
<td class="nk23_u-left">8=<span class="nk23_u-bg-color35" style="display:inline-block;padding:0 5px;color:#221f1f;">12</span>-1,13,4,7,(3,2),(6,10,9),11,5</td>
</tr>
<tr>
<td>３角</td>
<td class="nk23_u-left">8,(13,9)-<span class="nk23_u-bg-color35" style="display:inline-block;padding:0 5px;color:#221f1f;">12</span>-(1,7,11),2,3,10,(6,5)-4</td>
</tr>
<tr>
<td>４角</td>
<td class="nk23_u-left">(8,13,9),<span class="nk23_u-bg-color35" style="display:inline-block;padding:0 5px;color:#221f1f;">12</span>-7,11,(3,2),(1,5),10,6-4</td>
</tr>
</tbody>
</table>
</div>
</div>
</div>
</div>
</div>
<div class="nk23_c-table01 nk23_c-table01--style3  pc">
<div class="nk23_l-container">
<div class="nk23_c-table01__top">
<h4 class="nk23_c-table01__title">払戻金</h4>
<a href="/repay/20260828190605.do" class="nk23_c-link no-icon">一覧へ</a>
</div>
<div class="nk23_c-table01__wrap">
<div class="nk23_c-table01__inner">
<table class="nk23_c-table01__table">
<thead>
<tr>
<th colspan="3">単勝</th>
<th colspan="3">複勝</th>
<th colspan="3">枠複</th>
<th colspan="3">普通馬複</th>
<th colspan="3">枠単</th>
<th colspan="3">馬単</th>
</tr>
<tr>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
</tr>
</thead>
<tbody>
<tr>
<td>12</td>
<td class="nk23_u-right">460</td>
<td>2</td>
<td>12</td>
<td class="nk23_u-right">220</td>
<td>3</td>
<td>5-8</td>
<td class="nk23_u-right">1,720</td>
<td>9</td>
<td>7-12</td>
<td class="nk23_u-right">3,050</td>
<td>13</td>
<td>8-5</td>
<td class="nk23_u-right">2,610</td>
<td>12</td>
<td>12-7</td>
<td class="nk23_u-right">5,280</td>
<td>22</td>
</tr>
<tr>
<td>-</td>
<td>-</td>
<td>-</td>
<td>7</td>
<td class="nk23_u-right">470</td>
<td>8</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
</tr>
<tr>
<td>-</td>
<td>-</td>
<td>-</td>
<td>13</td>
<td class="nk23_u-right">260</td>
<td>5</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
</tr>
</tbody>
</table>
<table class="nk23_c-table01__table">
<thead>
<tr>
<th colspan="3">ワイド</th>
<th colspan="3">三連複</th>
<th colspan="3">三連単</th>
<th colspan="3">備考</th>
</tr>
</thead>
<tbody>
<tr>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
<th class="colspan-3 " colspan="3" rowspan="4" class="is-empty">
</th>
</tr>
<tr>
<td>7-12</td>
<td class="nk23_u-right">1,130</td>
<td>16</td>
<td>7-12-13</td>
<td class="nk23_u-right">4,540</td>
<td>17</td>
<td>12-7-13</td>
<td class="nk23_u-right">25,580</td>
<td>83</td>
</tr>
<tr>
<td>12-13</td>
<td class="nk23_u-right">470</td>
<td>4</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
</tr>
<tr>
<td>7-13</td>
<td class="nk23_u-right">1,140</td>
<td>17</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>-</td>
</tr>
</tbody>
</table>
</div>
</div>
</div>
</div>
<div class="nk23_c-table01 nk23_c-table01--style3 sp">
<div class="nk23_l-container">
<div class="nk23_c-table01__top">
<h4 class="nk23_c-table01__title">払戻金</h4>
<a href="/repay/20260828190605.do" class="nk23_c-link no-icon">一覧へ</a>
</div>
<div class="nk23_c-table01__wrap">
<div class="nk23_c-table01__inner">
<table class="nk23_c-table01__table">
<thead>
<tr>
<th></th>
<th>組番</th>
<th>金額</th>
<th>人気</th>
</tr>
</thead>
<tbody>
<tr>
<th rowspan="1">単勝</th>
<td>12</td>
<td class="nk23_u-right">460</td>
<td>2</td>
</tr>
<tr>
<th rowspan="3">複勝</th>
<td>12</td>
<td class="nk23_u-right">220</td>
<td>3</td>
<tr>
<td>7</td>
<td class="nk23_u-right">470</td>
<td>8</td>
</tr>
<tr>
<td>13</td>
<td class="nk23_u-right">260</td>
<td>5</td>
</tr>
</tr>
<tr>
<th rowspan="1">枠複</th>
<td>5-8</td>
<td class="nk23_u-right">1,720</td>
<td>9</td>
</tr>
<tr>
<th rowspan="1">普通馬複</th>
<td>7-12</td>
<td class="nk23_u-right">3,050</td>
<td>13</td>
</tr>
<tr>
<th rowspan="1">枠単</th>
<td>8-5</td>
<td class="nk23_u-right">2,610</td>
<td>12</td>
</tr>
<tr>
<th rowspan="1">馬単</th>
<td>12-7</td>
<td class="nk23_u-right">5,280</td>
<td>22</td>
</tr>
<tr>
<th rowspan="3">ワイド</th>
<td>7-12</td>
<td class="nk23_u-right">1,130</td>
<td>16</td>
<tr>
<td>12-13</td>
<td class="nk23_u-right">470</td>
<td>4</td>
</tr>
<tr>
<td>7-13</td>
<td class="nk23_u-right">1,140</td>
<td>17</td>
</tr>
</tr>
<tr>
<th rowspan="1">三連複</th>
<td>7-12-13</td>
<td class="nk23_u-right">4,540</td>
<td>17</td>
</tr>
<tr>
<th rowspan="1">三連単</th>
<td>12-7-13</td>
<td class="nk23_u-right">25,580</td>
<td>83</td>
</tr>
<tr>
<th>備考</th>
<td class="colspan-3 " colspan="3"></td>
</tr>
</tbody>
</table>
</div>
</div>
</div>
</div>
</div>
</section>
</main>
<script type="text/javascript">
var icon = $('img.nk23_c-table01__txt__icon');
if (icon.length === 0) {
$('.nk23_c-table01__txt span').eq(0).css('margin-right', '16px');
}
</script>
<script type="text/javascript">
<!--
setRaceSelLink("result");
//-->
</script>
<script type="text/javascript">
<!--
date = 20260828;
s_race = 12;
p_id = 20260828190605;
const gamenKirikaeMenuCategor = "result";
//-->
</script>
<script language="javaScript">
$(initLiveOnDemand);
</script>
<!-- footer -->
<!-- //pageTop -->
<div class="nk23_c-footer js-footer">
    <div class="nk23_c-footer__top pc">
        <div class="nk23_l-container">
            <div class="nk23_c-footer__col">
                <p class="nk23_c-footer__title">
                    <img src="/assets/images/common/icon/icon_newspaper-white.svg" alt="開催情報">開催情報
                </p>
                <ul class="nk23_c-footer__menulist">
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">レース情報</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/program/00000000000000.do" class="nk23_c-footer__menu__text">- レース一覧</a>

                                <ul class="nk23_c-footer__menusub">
                                    <li class="nk23_c-footer__menusub__item">
                                        <a class="nk23_c-footer__menusub__text is-disable">出走表</a>
                                    </li>
                                    <li class="nk23_c-footer__menusub__item">
                                        <a class="nk23_c-footer__menusub__text is-disable">オッズ</a>

                                        <ul class="nk23_c-footer__menuchild">
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a class="nk23_c-footer__menuchild__text is-disable">人気・高配当順</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a class="nk23_c-footer__menuchild__text is-disable">人気検索</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a class="nk23_c-footer__menuchild__text is-disable">オッズ検索</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a class="nk23_c-footer__menuchild__text is-disable">オッズ賭式選択</a>
                                            </li>
                                        </ul>
                                    </li>
                                    <li class="nk23_c-footer__menusub__item">
                                        <a class="nk23_c-footer__menusub__text is-disable">レース傾向</a>
                                    </li>
                                </ul>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/henko_info/00000000000000.do" class="nk23_c-footer__menu__text">- 変更情報一覧</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/tyaku_info/00000000000000.do" class="nk23_c-footer__menu__text">- 着順速報</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/repay/00000000000000.do" class="nk23_c-footer__menu__text">- 払戻金一覧</a>

                                <ul class="nk23_c-footer__menusub">
                                    <li class="nk23_c-footer__menusub__item">
                                        <a class="nk23_c-footer__menusub__text is-disable">競走成績</a>
                                    </li>
                                </ul>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/hibetu_kijyo/00000000000000.do" class="nk23_c-footer__menu__text">- 本日の騎乗一覧</a>
                            </li>
                        </ul>
                    </li>
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">SPAT4LOTO トリプル馬単</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/jyusyosiki/00000000000000000000.do" class="nk23_c-footer__menu__text">- 本日のSPAT4LOTO トリプル馬単</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/jyusyosiki_result/00000000.do?month=alltuki&jo=alljo" class="nk23_c-footer__menu__text">- SPAT4LOTO トリプル馬単 結果一覧</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/jyusyosiki_rankings/000000.do" class="nk23_c-footer__menu__text">- SPAT4LOTO トリプル馬単 高配当50</a>
                            </li>
                        </ul>
                    </li>
                </ul>
            </div>
            <div class="nk23_c-footer__col">
                <p class="nk23_c-footer__title">
                    <img src="/assets/images/common/icon/icon_horse-white.svg" alt="SPAT4">SPAT4
                </p>
                <ul class="nk23_c-footer__menulist">
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">はじめての方へ</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/" class="nk23_c-footer__menu__text">- SPAT4のご案内 トップ</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/about.html" class="nk23_c-footer__menu__text">- SPAT4会員の種類と特徴</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/netbank/" class="nk23_c-footer__menu__text">- ネットバンク投票サービス会員とは</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/telephone/" class="nk23_c-footer__menu__text">- 電話投票会員とは</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/faq.html" class="nk23_c-footer__menu__text">- よくあるご質問</a>
                            </li>
                        </ul>
                    </li>
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">会員の皆様へ</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/support/" class="nk23_c-footer__menu__text">- 会員サポート トップ</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/spat4/support/manual.html" class="nk23_c-footer__menu__text">- ガイド・操作マニュアル</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/spat4_calendar/000000.do" class="nk23_c-footer__menu__text">- SPAT4発売日程</a>
                            </li>
                        </ul>
                    </li>
                </ul>
            </div>
            <div class="nk23_c-footer__col">
                <p class="nk23_c-footer__title">
                    <img src="/assets/images/common/icon/icon_box-white.svg" alt="データBOX">データBOX
                </p>
                <ul class="nk23_c-footer__menulist">
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">データ検索</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/uma_search/search.do" class="nk23_c-footer__menu__text">- 競走馬検索</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/kis_detail_search/search.do" class="nk23_c-footer__menu__text">- 騎手・調教師検索</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/race_detail_search/search.do" class="nk23_c-footer__menu__text">- 過去レース検索</a>
                            </li>
                        </ul>
                    </li>
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">記録情報</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/memorial/memorial.do" class="nk23_c-footer__menu__text">- メモリアル</a>

                                <ul class="nk23_c-footer__menusub">
                                    <li class="nk23_c-footer__menusub__item">
                                        <a class="nk23_c-footer__menusub__text is-disable">リーディング情報</a>

                                        <ul class="nk23_c-footer__menuchild is-style1">
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a href="/leading_kis/000000000000001.do" class="nk23_c-footer__menuchild__text">- リーディングジョッキー</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a href="/leading_cho/000000000000002.do" class="nk23_c-footer__menuchild__text">- リーディングトレーナー</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a href="/leading_sire/000000000000003.do" class="nk23_c-footer__menuchild__text">- リーディングサイアー</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a href="/leading_bms/000000000000004.do" class="nk23_c-footer__menuchild__text">-
                                                    リーディングブルードメアサイアー</a>
                                            </li>
                                            <li class="nk23_c-footer__menuchild__item">
                                                <a href="/leading_kis_cho/000000000000005.do" class="nk23_c-footer__menuchild__text">-
                                                    リーディングジョッキーxトレーナー</a>
                                            </li>
                                        </ul>
                                    </li>
                                </ul>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/info/approved/" class="nk23_c-footer__menu__text">- 認定厩舎</a>
                            </li>
                        </ul>
                    </li>
                    <li class="nk23_c-footer__menulist__item">
                        <p class="nk23_c-footer__menulist__text">分析情報</p>

                        <ul class="nk23_c-footer__menu">
                            <li class="nk23_c-footer__menu__item">
                                <a href="/shiken_menu/shiken.do" class="nk23_c-footer__menu__text">- 能力調教試験</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/deme/0000000000.do" class="nk23_c-footer__menu__text">- 枠番・馬番別成績</a>
                            </li>
                            <li class="nk23_c-footer__menu__item">
                                <a href="/course_menu/course.do" class="nk23_c-footer__menu__text">- コース情報</a>
                            </li>
                        </ul>
                    </li>
                </ul>
            </div>
            <div class="nk23_c-footer__col">
                <p class="nk23_c-footer__title">
                    <img src="/assets/images/common/icon/icon_calendar-white.svg" alt="開催日程">開催日程
                </p>
                <ul class="nk23_c-footer__menu is-style1">
                    <li class="nk23_c-footer__menu__item">
                        <a href="/calendar/000000.do" class="nk23_c-footer__menu__text">- 年間開催日程</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/grace_list/0000.do" class="nk23_c-footer__menu__text">- 重賞競走日程</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/jyougai_release_guide/000000.do" class="nk23_c-footer__menu__text">- 場外発売案内</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/other_release_calendar/000000.do" class="nk23_c-footer__menu__text">- 他場レース発売日程</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/expiration_date/index.do" class="nk23_c-footer__menu__text">- 払戻期限一覧</a>
                    </li>
                </ul>
                <p class="nk23_c-footer__title">
                    <img src="/assets/images/common/icon/icon_monitor-white.svg" alt="番組・登録馬">番組・登録馬
                </p>
                <ul class="nk23_c-footer__menu is-style1">
                    <li class="nk23_c-footer__menu__item">
                        <a href="/bangumi_menu/bangumi.do" class="nk23_c-footer__menu__text">- 番組表</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/tourokuba_menu/tourokuba.do" class="nk23_c-footer__menu__text">- 登録馬一覧</a>
                    </li>
                </ul>
                <p class="nk23_c-footer__title">
                    <img src="/assets/images/common/icon/icon_docuser-white.svg" alt="Myページ">Myページ
                </p>
                <ul class="nk23_c-footer__menu is-style2">
                    <li class="nk23_c-footer__menu__item">
                        <a href="/ltd/my_index/index.do" class="nk23_c-footer__menu__text is-icon js-login-moda-btn">- Myページトップ</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/ltd/vote_result/10000.do" class="nk23_c-footer__menu__text is-icon js-login-moda-btn">- 投票成績</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/ltd/favorite_uma/list.do" class="nk23_c-footer__menu__text is-icon js-login-moda-btn">- お気に入り馬</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/ltd/favorite_kis/list.do" class="nk23_c-footer__menu__text is-icon js-login-moda-btn">- お気に入り騎手</a>
                    </li>
                    <li class="nk23_c-footer__menu__item">
                        <a href="/ltd/favorite_cho/list.do" class="nk23_c-footer__menu__text is-icon js-login-moda-btn">- お気に入り調教師</a>
                    </li>
                </ul>
            </div>
        </div>
    </div>
    <div class="nk23_c-footer__bottom">
        <div class="nk23_l-container">
            <ul class="nk23_c-footer__menubot">
                <li class="nk23_c-footer__menubot__item">
                    <a href="/info/qanda/top.html" class="nk23_c-footer__menubot__link">お問合せ・Q&A</a>
                </li>
                <li class="nk23_c-footer__menubot__item">
                    <a href="/info/usage/sitemap.html" class="nk23_c-footer__menubot__link">サイトマップ</a>
                </li>
                <li class="nk23_c-footer__menubot__item">
                    <a href="/info/" class="nk23_c-footer__menubot__link">ご案内</a>
                </li>
            </ul>
            <p class="nk23_c-footer__copyright">copyright(C)nankankeiba.com all rights reserved.</p>
        </div>
    </div>
    <!-- pageTop -->
    <a href="#wrapper" class="nk23_c-footer__totop js-totop"></a>
    <!-- //pageTop -->
</div>
    <!-- //footer -->
    <style>body { display: block !important; }</style>
  </div>
 </body>
</html>
