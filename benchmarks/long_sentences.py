"""Sentences of wire length for ``throughput.py --corpus long``, written for this benchmark.

Real wire sentences run to 25-35 words (English about 25, Arabic 30-35 with its chains of
clauses joined by و), where the ``dense`` and ``news`` sentences have about 10. Each event
sentence reports one event among attribution, places, dates and figures; the event-free ones
are background, figures, quotes and descriptions, and some hold a trigger word in another
sense (reopened, نشر) as real background does.
"""

from __future__ import annotations

ENGLISH_LONG = [
    "Turkish troops and allied Syrian fighters attacked positions held by the Kurdish-led "
    "SDF near Tal Abyad on Monday, according to a monitoring group based in Britain.",
    "Police in Istanbul arrested at least five journalists on Tuesday after they covered a "
    "protest against rising prices, their lawyer told reporters outside the courthouse.",
    "Thousands of Iraqi protesters demonstrated outside the Turkish embassy in Baghdad on "
    "Friday, chanting slogans against the military operation and burning tyres in the "
    "street.",
    "Three soldiers were killed and four others wounded when a roadside bomb exploded near "
    "their convoy on the highway south of Kirkuk, a security official said.",
    "The United Nations urged both sides to return to negotiations and to allow aid convoys"
    " to reach the besieged districts without further delay or conditions.",
    "The foreign minister met his Russian counterpart in Moscow on Wednesday to discuss the"
    " crisis, and the two men agreed to keep talking in the coming weeks.",
    "Hezbollah fighters clashed with Israeli troops along the border for several hours "
    "overnight, the Lebanese army said in a statement released early on Thursday.",
    "The government rejected the opposition's demands for early elections, saying that a "
    "vote held under the current conditions would deepen divisions rather than end them.",
    "Israeli aircraft struck a weapons depot on the outskirts of Damascus late on Sunday, "
    "killing two people and setting off explosions that were heard across the city.",
    "Protesters in the southern city of Basra blocked roads and burned tyres on Saturday to"
    " denounce power cuts during the summer heat, witnesses said.",
]
ARABIC_LONG = [
    "هاجمت القوات التركية والفصائل السورية الموالية لها مواقع قوات سوريا الديمقراطية قرب "
    "مدينة تل أبيض في ريف الرقة الشمالي يوم الاثنين، وفقا لما ذكره المرصد السوري لحقوق "
    "الإنسان في بيان نشره على موقعه.",
    "واعتقلت الشرطة التركية خمسة صحفيين على الأقل في مدينة إسطنبول يوم الثلاثاء بعد تغطيتهم"
    " احتجاجا على ارتفاع الأسعار، بحسب ما أفاد به محاميهم في تصريحات للصحفيين أمام مبنى "
    "المحكمة.",
    "وتظاهر آلاف العراقيين أمام مبنى السفارة التركية في العاصمة بغداد يوم الجمعة، مرددين "
    "هتافات تندد بالعملية العسكرية ومطالبين الحكومة بطرد السفير وقطع العلاقات التجارية مع "
    "أنقرة بشكل فوري.",
    "وقتل ثلاثة جنود وأصيب أربعة آخرون بجروح متفاوتة بانفجار عبوة ناسفة استهدفت دوريتهم على"
    " الطريق الرئيسي جنوب مدينة كركوك مساء الأحد، حسبما أفاد مصدر أمني طلب عدم الكشف عن "
    "هويته.",
    "ودعت الأمم المتحدة الطرفين إلى العودة إلى طاولة المفاوضات في أقرب وقت ممكن، والسماح "
    "بدخول قوافل المساعدات الإنسانية إلى الأحياء المحاصرة دون أي تأخير أو شروط مسبقة، وذلك "
    "في بيان صادر عن مكتب الأمين العام في نيويورك.",
    "والتقى وزير الخارجية نظيره الروسي في موسكو يوم الأربعاء لبحث تطورات الأزمة وسبل التوصل"
    " إلى حل سياسي، واتفق الجانبان على مواصلة المشاورات بينهما خلال الأسابيع المقبلة، بحسب "
    "ما ذكرته وكالة الأنباء الرسمية.",
    "واشتبك مقاتلو حزب الله مع القوات الإسرائيلية على طول الحدود الجنوبية لعدة ساعات خلال "
    "الليل، وفق ما أعلنه الجيش اللبناني في بيان صدر صباح الخميس عن قيادته في بيروت.",
    "ورفضت الحكومة مطالب المعارضة بإجراء انتخابات مبكرة، معتبرة أن إجراء أي انتخابات في ظل "
    "الظروف الحالية من شأنه أن يعمق الانقسامات السياسية في البلاد بدلا من أن ينهيها، وذلك "
    "في كلمة ألقاها المتحدث باسمها أمام البرلمان.",
    "وقصفت طائرات حربية إسرائيلية مستودعا للأسلحة في محيط العاصمة دمشق في وقت متأخر من مساء"
    " الأحد، ما أسفر عن مقتل شخصين وسماع دوي انفجارات قوية في أنحاء المدينة، بحسب ما ذكرته "
    "مصادر محلية ووسائل إعلام رسمية.",
    "وقطع محتجون غاضبون الطرق الرئيسية وأحرقوا الإطارات في مدينة البصرة جنوبي العراق يوم "
    "السبت احتجاجا على الانقطاع المتكرر للتيار الكهربائي في ظل موجة الحر الشديدة، بحسب شهود"
    " عيان.",
]
ENGLISH_LONG_NO_EVENT = [
    "The city, home to about 200,000 people before the war, lies on the eastern bank of the"
    " river some 90 kilometres from the capital.",
    "Prices of bread, cooking gas and fuel have risen by nearly a third since the start of "
    "the year, according to figures from the statistics office.",
    "The region is home to Arab, Kurdish, Assyrian and Armenian communities, many of whom "
    "have lived side by side in the same villages for generations.",
    "The province has been run by local councils since 2019, when the last of the "
    "government's offices in the area closed their doors for good.",
    "Schools in the district reopened on Sunday after the winter holiday, although many "
    "classrooms still lack heating, desks and textbooks for the older pupils.",
    "The report, published on Wednesday by a group of independent researchers, runs to more"
    " than 80 pages and draws on interviews with over 300 residents.",
    '"We have had no electricity for most of the day since the summer began, and the '
    'generators cost more than we earn," a shopkeeper in the old market said.',
    "Farmers in the area mostly grow wheat, cotton and barley, and this year's harvest is "
    "expected to be about 15 percent smaller than it was last year.",
    "The road between the two towns is about 60 kilometres long and passes through several "
    "villages that emptied during the long years of drought.",
    "The ministry said the national census, the first in more than two decades, would be "
    "completed by the end of the summer and published next spring.",
]
ARABIC_LONG_NO_EVENT = [
    "ويبلغ عدد سكان المدينة نحو مئتي ألف نسمة بحسب آخر التقديرات الرسمية، وتقع على الضفة "
    "الشرقية للنهر على بعد تسعين كيلومترا تقريبا من العاصمة، وتعد مركزا تجاريا مهما "
    "للمنطقة.",
    "وارتفعت أسعار الخبز وغاز الطهي والوقود بنحو الثلث منذ بداية العام الجاري، وفقا لأرقام "
    "نشرها مكتب الإحصاء المركزي الأسبوع الماضي، في حين بقيت الأجور على حالها دون أي زيادة.",
    "وتضم المنطقة مجتمعات عربية وكردية وسريانية وأرمنية، عاش كثير منها جنبا إلى جنب في "
    "القرى نفسها منذ أجيال طويلة، وتحتفظ كل منها بلغتها وعاداتها وتقاليدها الخاصة رغم سنوات"
    " الحرب والنزوح المتكررة.",
    "وتخضع المحافظة لإدارة مجالس محلية منذ عام 2019، حين أغلقت آخر الدوائر الحكومية أبوابها"
    " في المنطقة، وتتولى هذه المجالس تقديم الخدمات الأساسية للسكان بموارد محدودة جدا "
    "ومساعدات قليلة من المنظمات الدولية.",
    "وأعيد فتح المدارس في المنطقة يوم الأحد بعد انتهاء العطلة الشتوية، رغم أن كثيرا من "
    "الصفوف لا تزال تفتقر إلى التدفئة والمقاعد والكتب المدرسية اللازمة لطلاب المراحل "
    "العليا.",
    "ويقع التقرير الذي نشره فريق من الباحثين المستقلين يوم الأربعاء في أكثر من ثمانين صفحة،"
    " ويستند إلى مقابلات أجريت مع ما يزيد على ثلاثمئة من سكان البلدات والقرى المجاورة.",
    "وقال صاحب متجر في السوق القديم إن الكهرباء تنقطع معظم ساعات اليوم منذ بداية الصيف، وإن"
    " تكلفة الاشتراك في المولدات الخاصة باتت تفوق ما يكسبه هو وعائلته في الشهر الواحد من "
    "عمله في المتجر.",
    "ويزرع المزارعون في المنطقة القمح والقطن والشعير بشكل رئيسي، ومن المتوقع أن يكون محصول "
    "هذا العام أقل بنحو خمسة عشر في المئة من محصول العام الماضي بسبب قلة الأمطار وارتفاع "
    "أسعار البذور والأسمدة.",
    "ويبلغ طول الطريق بين البلدتين نحو ستين كيلومترا، ويمر عبر عدة قرى صغيرة هجرها معظم "
    "سكانها خلال سنوات الجفاف الطويلة بحثا عن العمل في المدن الكبرى أو في البلدان المجاورة،"
    " ولم يبق فيها إلا كبار السن.",
    "وأوضحت الوزارة أن التعداد السكاني العام، وهو الأول من نوعه منذ أكثر من عقدين، سيكتمل "
    "بحلول نهاية الصيف على أن تنشر نتائجه النهائية في الربيع المقبل، بعد مراجعتها من قبل "
    "لجنة مختصة من الخبراء.",
]
