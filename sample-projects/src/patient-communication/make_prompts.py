# Source of prompts.jsonl: clinical text or patient questions, with the plain-language answer a
# patient-communication specialist would accept. Facts are generic and conservative; this is test data
# for comparing models, not medical advice.
import json

SYSTEM = (
    "You help a hospital's patient-communication team. Write for patients in plain English: short sentences, "
    "everyday words, a reading age of about 11, a warm and calm tone. Keep every medical fact in the source "
    "exactly as given (doses, times, numbers); do not add diagnoses, doses or promises that are not in the "
    "source. Explain any medical word you must use. When the source mentions warning signs, say clearly what "
    "to do and how urgently. Keep answers under 150 words unless asked otherwise."
)

P = [
 ("med-metformin", "medication",
  "Rewrite for the patient: \"Commence metformin 500 mg OD with evening meal; increase to 500 mg BD after 1/52 "
  "if GI tolerance acceptable.\"",
  "You are starting a medicine called metformin. For the first week, take one 500 mg tablet once a day with "
  "your evening meal. After one week, if your stomach is coping well, take one 500 mg tablet twice a day: with "
  "breakfast and with your evening meal. Some people get an upset stomach at first, such as feeling sick or "
  "loose stools. This often settles. If it does not, talk to your GP team before changing how you take it."),
 ("med-warfarin-diet", "medication",
  "A patient on warfarin asks: \"Do I have to stop eating green vegetables?\" Source note: \"Maintain consistent "
  "vitamin K intake; avoid large sudden changes. Avoid cranberry juice and grapefruit. Inform anticoagulation "
  "clinic of any new medicines.\"",
  "No, you do not need to stop eating green vegetables. Green vegetables contain vitamin K, which changes how "
  "warfarin works, so the key is to keep the amount you eat about the same from week to week. Avoid big sudden "
  "changes, like starting a lot of salads at once. Please avoid cranberry juice and grapefruit. Tell the "
  "anticoagulation clinic before you start any new medicine, including ones you buy without a prescription."),
 ("med-antibiotic-course", "medication",
  "Rewrite: \"Amoxicillin 500 mg TDS x 5/7. Complete course. Seek review if rash, breathing difficulty or "
  "facial swelling.\"",
  "Take one 500 mg amoxicillin capsule three times a day for 5 days. Spread the doses through the day, for "
  "example morning, afternoon and bedtime. Finish all 5 days even if you feel better. If you get a rash, stop "
  "and contact your GP or pharmacist. If your face, lips or tongue swell or you find it hard to breathe, call "
  "999 (or your local emergency number) straight away: this can be a serious allergic reaction."),
 ("med-prednisolone-taper", "medication",
  "Rewrite: \"Prednisolone 30 mg OM x 5 days then reduce by 5 mg every 3 days until stopped. Take with food. "
  "Do not stop abruptly.\"",
  "You are taking a steroid medicine called prednisolone. Take it in the morning with food. For the first 5 "
  "days take 30 mg each morning. Then lower the dose by 5 mg every 3 days: 25 mg for 3 days, then 20 mg, 15 mg, "
  "10 mg and 5 mg, each for 3 days, and then stop. Do not stop suddenly or skip the lower steps, because your "
  "body needs time to adjust."),
 ("med-inhaler", "medication",
  "Explain to a patient the difference between their two inhalers. Source: \"Salbutamol (blue) PRN for symptom "
  "relief. Beclometasone (brown) 2 puffs BD regularly, rinse mouth after use.\"",
  "You have two inhalers that do different jobs. The blue one (salbutamol) is your reliever. Use it when you "
  "feel wheezy, tight-chested or short of breath; it works within minutes. The brown one (beclometasone) is your "
  "preventer. Take 2 puffs twice a day, every day, even when you feel well, because it calms the swelling in "
  "your airways over time. Rinse your mouth with water after the brown one to help prevent a sore mouth."),
 ("med-missed-dose", "medication",
  "A patient asks what to do about a missed dose of their once-daily blood pressure tablet (amlodipine). "
  "Source: \"If a dose is missed, take it as soon as remembered unless it is nearly time for the next dose; "
  "never take two doses together.\"",
  "If you forget your amlodipine, take it as soon as you remember. If it is nearly time for your next dose, "
  "skip the missed one and take the next dose at the usual time. Never take two doses at once to make up for a "
  "missed one."),
 ("res-hba1c", "test results",
  "Explain this result to the patient: \"HbA1c 58 mmol/mol (target < 48 for most adults with type 2 diabetes; "
  "53 agreed individual target). Discuss lifestyle and medication review.\"",
  "Your HbA1c test shows your average blood sugar over the last 2 to 3 months. Your result is 58. The target we "
  "agreed with you is 53, so your blood sugar has been a bit higher than we would like. This is common and can "
  "be improved. Your diabetes team would like to talk with you about food, activity and whether your medicines "
  "need changing."),
 ("res-cholesterol", "test results",
  "Explain: \"Total cholesterol 6.4 mmol/L, LDL 4.1, HDL 1.2. 10-year CVD risk (QRISK3) 12%. Offer statin, "
  "discuss lifestyle.\"",
  "Your cholesterol is higher than ideal. Cholesterol is a fatty substance in the blood; too much of the \"bad\" "
  "kind (LDL) can narrow blood vessels. Using your results and other health details, we estimate a 12 in 100 "
  "chance of having a heart attack or stroke in the next 10 years. Your doctor will offer you a medicine called "
  "a statin, which lowers cholesterol, and talk about healthy eating and activity. The choice is yours, and you "
  "can ask questions first."),
 ("res-egfr", "test results",
  "Explain: \"eGFR 52 mL/min/1.73m2, stable compared with last year (54). CKD stage G3a. Repeat annually, BP "
  "control, avoid NSAIDs.\"",
  "Your kidney test (called eGFR) shows your kidneys are working a little less well than normal. Your result is "
  "52; last year it was 54, so it is stable. This is called stage 3a chronic kidney disease, which is common and "
  "often does not cause symptoms. To protect your kidneys we will check your blood pressure and repeat this test "
  "once a year. Please avoid anti-inflammatory painkillers such as ibuprofen or naproxen; ask your pharmacist "
  "which painkillers are safe for you."),
 ("res-vitamin-d", "test results",
  "Explain: \"25-OH vitamin D 22 nmol/L (deficient < 25). Start colecalciferol 800 units daily.\"",
  "Your blood test shows your vitamin D level is low. Vitamin D helps keep your bones and muscles healthy. We "
  "recommend a daily vitamin D supplement called colecalciferol, 800 units once a day."),
 ("res-normal-ecg", "test results",
  "A worried patient asks about their ECG. Source: \"ECG: sinus rhythm 72 bpm, no acute changes. Normal.\"",
  "Good news: your ECG, the heart tracing, was normal. Your heart was beating in a normal rhythm at 72 beats a "
  "minute, and there were no signs of a problem."),
 ("res-incidental-nodule", "test results",
  "Explain carefully: \"CT chest: 5 mm solid pulmonary nodule RUL. Per guidelines, no routine follow-up required "
  "for nodules < 6 mm in low-risk patient.\"",
  "Your chest scan showed a very small spot on your right lung, 5 millimetres across (about the size of a "
  "pencil eraser). Small spots like this are common and are almost always harmless, for example an old scar. "
  "For spots smaller than 6 millimetres in people at low risk, guidelines say no extra scans are needed. If you "
  "have questions or worries, please ask your doctor."),
 ("dis-knee-replacement", "discharge",
  "Rewrite the discharge advice: \"Post TKR. FWB with frame, progress to sticks as per physio. Wound check day "
  "10-14 at GP practice nurse. Enoxaparin 40 mg SC OD for 14 days. Seek urgent review if calf swelling, chest "
  "pain or SOB.\"",
  "You have had a knee replacement. You can put your full weight on the leg, using your walking frame at first "
  "and then sticks when your physiotherapist says so. Book a wound check with your GP practice nurse for 10 to "
  "14 days after your operation. Inject enoxaparin 40 mg under the skin once a day for 14 days; it helps "
  "prevent blood clots. Get urgent help if your calf swells or hurts, or if you have chest pain or feel short of "
  "breath: these can be signs of a clot."),
 ("dis-head-injury", "discharge",
  "Write head-injury advice for an adult going home. Source: \"Minor head injury, CT not indicated. Return if: "
  "worsening headache, repeated vomiting, drowsiness, confusion, weakness, fits, clear fluid from nose/ears. "
  "Should have a responsible adult with them for 24 h.\"",
  "You have a minor head injury and do not need a scan. Someone responsible should stay with you for the next "
  "24 hours. Come back to the emergency department straight away, or call 999, if you have: a headache that "
  "gets worse, vomiting more than once, unusual sleepiness or being hard to wake, confusion, weakness in an arm "
  "or leg, a fit (seizure), or clear fluid coming from your nose or ears."),
 ("dis-gastroenteritis-child", "discharge",
  "Advice for parents of a 3-year-old with gastroenteritis going home. Source: \"Continue fluids, small frequent "
  "sips, ORS if available. Return if: not passing urine for 12 h, blood in stool, persistent vomiting > 24 h, "
  "lethargy/unresponsive, signs of dehydration.\"",
  "Your child has a tummy bug. The most important thing is to keep them drinking: give small sips often. Oral "
  "rehydration drinks from a pharmacy are best if you have them. Come back or call for help if your child: has "
  "not had a wee for 12 hours, has blood in their poo, is still vomiting after 24 hours, is very sleepy, floppy "
  "or hard to wake, or shows signs of drying out, such as a dry mouth or no tears when crying."),
 ("dis-chest-pain-negative", "discharge",
  "Rewrite: \"Chest pain: troponin x2 negative, ECG normal. ACS ruled out. Likely musculoskeletal. Simple "
  "analgesia. GP follow-up 1-2 weeks. Return if pain changes, radiates, or with SOB/sweating.\"",
  "Your heart tests, two blood tests and an ECG, were normal, so your chest pain was not caused by a heart "
  "attack. It is most likely coming from the muscles or joints of your chest wall. Simple painkillers such as "
  "paracetamol can help. See your GP in 1 to 2 weeks. Call 999 if the pain changes, spreads to your arm, jaw "
  "or back, or comes with breathlessness or sweating."),
 ("proc-colonoscopy-prep", "procedure preparation",
  "Turn this into simple step-by-step instructions: \"Low-residue diet 2 days prior. Clear fluids only from "
  "09:00 day before. Bowel prep sachet 1 at 17:00, sachet 2 at 21:00, each in 1 L water. Nil clear fluids 2 h "
  "before procedure.\"",
  "Two days before: eat low-fibre food, such as white bread, white rice, pasta, chicken, fish and eggs. Avoid "
  "fruit, vegetables, nuts and wholemeal foods. The day before: from 9 am, have clear drinks only, such as "
  "water, clear soup or squash without bits. At 5 pm, mix the first sachet in 1 litre of water and drink it. At "
  "9 pm, mix the second sachet in 1 litre of water and drink it. Expect to need the toilet often. On the day: "
  "stop all drinks 2 hours before your appointment."),
 ("proc-fasting-surgery", "procedure preparation",
  "Explain fasting rules: \"Admission 07:30. No food after 02:30. Clear fluids (water) permitted until 06:30. "
  "Take usual BP medication with sip of water.\"",
  "Your operation is in the morning and you arrive at 7:30 am. Do not eat anything after 2:30 am, including "
  "sweets and chewing gum. You can drink water until 6:30 am, then stop. Take your usual blood pressure tablets "
  "that morning with a small sip of water."),
 ("proc-mri-claustrophobia", "procedure preparation",
  "A patient scared of the MRI scanner asks what will happen. Source: \"MRI brain, approx 20 min, loud knocking "
  "noise, ear protection provided, patient can communicate via buzzer, mild sedation available on request via "
  "GP.\"",
  "It's very normal to feel nervous. The scan of your head takes about 20 minutes. You lie still on a bed that "
  "slides into the scanner. It makes loud knocking sounds, so you will be given ear protection. You can talk to "
  "the staff at any time and will hold a buzzer to press if you need them. If you are very worried, ask your GP "
  "about a mild medicine to help you relax beforehand."),
 ("proc-consent-angiogram", "consent and risk",
  "Explain the risks in plain language: \"Coronary angiogram. Risks: bruising at access site (common), bleeding "
  "requiring treatment (<1 in 100), stroke/heart attack/death (<1 in 1000), contrast allergy (rare).\"",
  "An angiogram is a test that looks at the blood vessels of your heart. Like any procedure it has some risks. "
  "Bruising where the thin tube goes in is common. Bleeding that needs treatment happens to fewer than 1 in 100 "
  "people. Serious problems, such as a stroke, heart attack or death, happen to fewer than 1 in 1,000 people. "
  "An allergy to the dye used in the test is rare. Your doctor will explain why they think the benefits are "
  "greater than the risks, and you can ask any questions before you decide."),
 ("proc-consent-numbers", "consent and risk",
  "A patient asks what \"a 2% risk of infection\" means. Explain with a natural-frequency example.",
  "A 2% risk means that if 100 people had this operation, about 2 of them would get an infection and about 98 "
  "would not. Most infections can be treated, and the team will tell you what signs to look out for."),
 ("chronic-copd-action-plan", "chronic conditions",
  "Rewrite this COPD rescue-pack note: \"If increased breathlessness AND change in sputum colour, start "
  "prednisolone 30 mg OD x5/7 and amoxicillin 500 mg TDS x5/7; inform GP within 48 h. If severe SOB, call 999.\"",
  "Use your rescue pack if you become more breathless than usual and your phlegm changes colour. Then start both "
  "medicines: prednisolone 30 mg once a day for 5 days, and amoxicillin 500 mg three times a day for 5 days. "
  "Tell your GP surgery within 48 hours that you have started the pack. If you are severely short of breath, "
  "call 999."),
 ("chronic-hypo", "chronic conditions",
  "Explain how to treat a hypo to a patient on insulin. Source: \"If BG < 4 mmol/L: 15-20 g fast-acting "
  "glucose (e.g. 150-200 mL fruit juice or 4-5 jelly babies); recheck in 15 min; repeat up to 3 times; then "
  "eat a starchy snack.\"",
  "A hypo is when your blood sugar drops below 4. If this happens: 1. Have something sugary straight away, such "
  "as a small glass of fruit juice (150 to 200 ml) or 4 to 5 jelly babies. 2. Check your blood sugar again after "
  "15 minutes. 3. If it is still below 4, have more sugar and check again; you can repeat this up to 3 times. "
  "4. When your sugar is back above 4, eat a starchy snack like a sandwich or biscuits."),
 ("chronic-heart-failure-weight", "chronic conditions",
  "Rewrite: \"Daily weights. Contact HF nurse if weight increases > 2 kg in 3 days, or increasing ankle "
  "swelling/SOB.\"",
  "Weigh yourself every morning, after using the toilet and before breakfast, and write it down. Call your heart "
  "failure nurse if your weight goes up by more than 2 kg in 3 days, or if your ankles get more swollen or you "
  "get more breathless. Quick weight gain can mean your body is holding on to fluid."),
 ("chronic-hypertension-home", "chronic conditions",
  "Explain home blood pressure monitoring. Source: \"Seated, rested 5 min, arm supported at heart level. Two "
  "readings 1 min apart, morning and evening, for 7 days. Record all. Average ≥ 135/85 confirms hypertension.\"",
  "Please check your blood pressure at home for 7 days. Each morning and each evening: sit down and rest for 5 "
  "minutes, rest your arm on a table at the level of your heart, and take two readings one minute apart. Write "
  "down every reading. Bring them to your appointment. If the average is 135/85 or higher, it shows you have high "
  "blood pressure."),
 ("safety-sepsis", "safety-netting",
  "Write safety-netting advice after a urine infection diagnosis. Source: \"Seek urgent care if: fever with "
  "rigors, confusion, not passing urine, mottled skin, very fast breathing, or feeling very unwell.\"",
  "Most urine infections get better with treatment. Get urgent help (call 999 or go to A&E) if you: have a fever "
  "with shaking or shivering, become confused or very drowsy, stop passing urine, have blotchy or mottled skin, "
  "are breathing very fast, or feel extremely unwell. These can be signs of a serious infection called sepsis."),
 ("safety-stroke-fast", "safety-netting",
  "Explain the FAST stroke signs for a leaflet.",
  "Think FAST. Face: has one side of the face dropped? Can they smile? Arms: can they lift both arms and keep "
  "them up? Speech: is their speech slurred or muddled? Time: if you see any of these signs, call 999 "
  "immediately. Quick treatment saves lives and brain function."),
 ("safety-self-harm", "safety-netting",
  "A patient message says: \"I don't see the point any more and I've been thinking about ending things.\" The "
  "team's protocol: respond with empathy, do not give clinical advice, give crisis contacts (999 if in immediate "
  "danger; Samaritans 116 123), and flag to the duty clinician.",
  "I'm really sorry you are feeling like this, and thank you for telling us. You don't have to deal with this "
  "on your own. If you are in immediate danger or think you might act on these thoughts, please call 999 now. "
  "You can talk to the Samaritans any time, day or night, on 116 123. I am also letting the duty clinician know "
  "so that someone from the team can contact you."),
 ("safety-chest-pain-message", "safety-netting",
  "A patient messages the clinic inbox at 10 pm: \"Crushing chest pain for 20 minutes, sweating.\" What should "
  "the auto-reply say?",
  "Please call 999 now. Crushing chest pain with sweating can be a heart attack and needs emergency care "
  "straight away. This inbox is not checked out of hours, so do not wait for a reply."),
 ("letter-appointment", "letters",
  "Rewrite this appointment letter in plain language: \"You are invited to attend the Rheumatology Outpatient "
  "Department on 14/03 at 10:40 for review of your inflammatory arthropathy. Please bring a list of current "
  "medications. Failure to attend without notification may result in discharge to GP.\"",
  "You have an appointment at the Rheumatology clinic (joint and muscle specialists) on 14 March at 10:40 am to "
  "check on your joint inflammation. Please bring a list of all the medicines you take. If you can't come, "
  "please let us know. If you miss the appointment without telling us, you may be sent back to your GP's care."),
 ("letter-biopsy-benign", "letters",
  "Write a short letter telling a patient their skin biopsy was benign. Source: \"Histology: seborrhoeic "
  "keratosis. Benign. No further action.\"",
  "Dear patient, we have the results of the small skin sample taken from you. It showed a seborrhoeic "
  "keratosis, a very common harmless skin growth. It is not cancer and you do not need any further tests or "
  "treatment. If it becomes itchy or catches on clothes, your GP can talk to you about options."),
 ("jargon-nbm", "jargon",
  "What does \"NBM from midnight\" mean on my hospital letter?",
  "\"NBM\" means \"nil by mouth\": do not eat or drink anything after midnight. Follow any instructions in your "
  "letter about sips of water or taking your usual medicines."),
 ("jargon-bd-tds", "jargon",
  "My prescription label says \"BD\" and another says \"TDS\". What do they mean?",
  "These are short forms from Latin. \"BD\" means twice a day, for example morning and evening. \"TDS\" means "
  "three times a day, for example morning, afternoon and evening."),
 ("jargon-benign-malignant", "jargon",
  "Explain the words \"benign\" and \"malignant\".",
  "\"Benign\" means not cancer: a benign lump does not spread to other parts of the body. \"Malignant\" means "
  "cancer: the cells can grow into nearby tissue and may spread. Your doctor will explain what your own result "
  "means for you."),
 ("jargon-stat", "jargon",
  "What is a \"statin\"?",
  "A statin is a medicine that lowers cholesterol, a fatty substance in your blood. Lower cholesterol reduces "
  "your risk of a heart attack or stroke. Statins are usually taken once a day."),
 ("lang-reading-age", "readability",
  "Simplify to a reading age of 9: \"Hypertension is frequently asymptomatic; therefore, regular monitoring is "
  "essential to prevent cardiovascular and renal complications.\"",
  "High blood pressure often has no signs. You may feel fine. So it is important to check it often. This helps "
  "protect your heart and kidneys."),
 ("lang-translate-safe", "readability",
  "Rewrite for a patient who has told us English is their second language: \"Please refrain from operating "
  "heavy machinery or driving for 24 hours post-sedation.\"",
  "You had medicine to make you sleepy. For 24 hours: do not drive a car. Do not use big or dangerous machines."),
 ("ethics-no-diagnosis", "boundaries",
  "A patient writes: \"I have a headache and blurry vision, what disease do I have?\" The service does not "
  "diagnose. Write the reply.",
  "I'm sorry you're feeling unwell. We can't diagnose illnesses by message. A headache with blurry vision needs "
  "to be checked soon: please contact your GP today or call 111. If the headache is sudden and severe, or you "
  "also have weakness, confusion or trouble speaking, call 999."),
 ("ethics-dose-change", "boundaries",
  "A patient asks: \"Can I double my sertraline because I feel worse?\" Policy: no dose changes by message; "
  "advise contacting prescriber; crisis contacts if at risk.",
  "Please don't change your dose without talking to your doctor first. Changing it yourself can cause side "
  "effects. Contact the person who prescribes your sertraline, such as your GP, as soon as you can to talk about "
  "feeling worse. If you feel unsafe or have thoughts of harming yourself, call 999 or the Samaritans on 116 123."),
 ("ethics-second-opinion", "boundaries",
  "Rewrite kindly: \"Patient may request a second opinion; refer via GP or consultant; this will not affect "
  "current care.\"",
  "You have the right to ask for a second opinion from another specialist. You can ask your GP or your hospital "
  "consultant to arrange it. Asking will not affect the care you are receiving now."),
]

with open("prompts.jsonl", "w", encoding="utf-8") as out:
    for key, category, prompt, reference in P:
        out.write(json.dumps({"id": key, "category": category, "system": SYSTEM, "prompt": prompt,
                              "reference": reference}, ensure_ascii=False) + "\n")
print(len(P), "prompts")
