# Source of prompts.jsonl: figures in, report text out. Every derived number in a reference is checked
# by the asserts below, so the references stay arithmetically right when edited.
import json

def pct(a, b):  # growth of a over b, in percent, one decimal
    return round((a / b - 1) * 100, 1)

assert pct(48.2, 44.5) == 8.3 and pct(48.2, 41.0) == 17.6
assert round(41.4 / 120.0 * 100, 1) == 34.5
assert round(9.6 / 80 * 100, 1) == 12.0 and round(8.1 / 75 * 100, 1) == 10.8
assert round(1.7 / 22.0 * 100, 1) == 7.7
assert round(145 / 52, 2) == 2.79 and round((52 - 145 / 3) / 52 * 100, 1) == 7.1
assert round((84 - 30) / 60, 2) == 0.90
assert round(15 / 91.25 * 365) == 60
assert round(365 / 6, 0) == 61
assert pct(0.50, 0.42) == 19.0
assert round(5500 / 105000 * 100, 1) == 5.2
assert round(0.6 / 13.0 * 100, 1) == 4.6 and round(0.4 / 9.5 * 100, 1) == 4.2 and round(0.2 / 3.5 * 100, 1) == 5.7
assert round((73.2 / 50) ** 0.25 - 1, 3) == 0.100
assert 1_200_000 / (40 - 25) == 80_000
assert round(1550 / 12400 * 100, 1) == 12.5
assert round(820 / 900 * 100, 1) == 91.1
assert round(2.2 / 1.6 * 100, 1) == 137.5
assert round(12.5 / 3, 2) == 4.17
assert round(1.8 / 240 * 100, 2) == 0.75
assert pct(44, 40) == 10.0
assert round(3.25 / 41.75 * 100, 1) == 7.8
assert round(3.8 / 4.1 * 100 - 100, 1) == -7.3

SYSTEM = (
    "You draft financial reporting text for Northbridge Capital's reporting team. Use only the figures given. "
    "State the currency and units; give percentages to one decimal place and changes in percentage points (pp) "
    "where that is clearer. Show the key calculation when you derive a figure. Never invent figures, never give "
    "investment advice or forecasts, and point out any figures that are inconsistent or missing."
)

P = [
 ("rev-quarterly", "earnings summary",
  "Write two sentences on revenue: Q3 2025 revenue EUR 48.2m; Q2 2025 EUR 44.5m; Q3 2024 EUR 41.0m.",
  "Revenue for Q3 2025 was EUR 48.2m, up 8.3% on Q2 2025 (EUR 44.5m) and 17.6% on Q3 2024 (EUR 41.0m). "
  "That is an increase of EUR 7.2m year on year."),
 ("gross-margin", "earnings summary",
  "FY revenue USD 120.0m, cost of goods sold USD 78.6m. Write one sentence on gross profit and margin.",
  "Gross profit was USD 41.4m (USD 120.0m revenue less USD 78.6m cost of goods sold), a gross margin of 34.5%."),
 ("operating-margin", "earnings summary",
  "EBIT GBP 9.6m on revenue GBP 80.0m this year; last year EBIT GBP 8.1m on revenue GBP 75.0m. Comment on "
  "operating margin.",
  "Operating margin rose to 12.0% (EBIT GBP 9.6m on revenue GBP 80.0m) from 10.8% last year (GBP 8.1m on "
  "GBP 75.0m), an improvement of 1.2 pp, as EBIT grew faster (+18.5%) than revenue (+6.7%)."),
 ("eps", "earnings summary",
  "Net income EUR 25m, weighted shares 50m; prior year net income EUR 21m, 50m shares. Write the EPS line.",
  "Earnings per share were EUR 0.50 (EUR 25m / 50m shares), up 19.0% from EUR 0.42 (EUR 21m / 50m shares)."),
 ("payout", "earnings summary",
  "Dividend per share EUR 0.20; EPS EUR 0.50. State the payout ratio.",
  "The dividend of EUR 0.20 per share is 40% of earnings per share of EUR 0.50 (payout ratio 40.0%)."),
 ("segments", "earnings summary",
  "Segment revenue (USD m): Retail 30.0 (+5% YoY), Commercial 45.0 (+12%), Wealth 25.0 (-3%); group 100.0. "
  "Summarise the mix.",
  "Group revenue was USD 100.0m. Commercial is the largest segment at USD 45.0m (45% of the total) and grew "
  "fastest (+12%). Retail contributed USD 30.0m (30%, +5%), and Wealth USD 25.0m (25%), the only segment to "
  "decline (-3%)."),
 ("fx", "earnings summary",
  "Reported revenue growth 4%, constant-currency growth 7%. Explain the FX effect in one sentence.",
  "Currency movements reduced growth by 3 pp: revenue grew 7% at constant exchange rates but 4% as reported."),
 ("budget-opex", "variance analysis",
  "Operating expenses: budget USD 22.0m, actual USD 23.7m. Write the variance line.",
  "Operating expenses were USD 23.7m, USD 1.7m (7.7%) over the budget of USD 22.0m."),
 ("budget-pnl", "variance analysis",
  "Month: revenue actual 12.4 vs budget 13.0; costs actual 9.1 vs budget 9.5; profit actual 3.3 vs budget 3.5 "
  "(EUR m). Write a short variance commentary.",
  "Profit was EUR 3.3m, EUR 0.2m (5.7%) below budget. Revenue fell short by EUR 0.6m (4.6%, EUR 12.4m against "
  "EUR 13.0m), partly offset by costs EUR 0.4m (4.2%) under budget (EUR 9.1m against EUR 9.5m)."),
 ("ytd", "variance analysis",
  "Monthly sales (USD m): Jan 4.1, Feb 3.8, Mar 4.6. Give Q1 total, monthly average, and the weakest month.",
  "Q1 sales totalled USD 12.5m, an average of USD 4.17m a month. February was the weakest month at USD 3.8m, "
  "7.3% below January; March was the strongest at USD 4.6m."),
 ("cagr", "variance analysis",
  "Revenue grew from USD 50.0m in 2021 to USD 73.2m in 2025. State the compound annual growth rate.",
  "Revenue grew at a compound annual rate of 10.0% over the four years from 2021 to 2025 "
  "((73.2 / 50.0)^(1/4) - 1), from USD 50.0m to USD 73.2m."),
 ("breakeven", "variance analysis",
  "Fixed costs USD 1.2m a year; price USD 40 per unit; variable cost USD 25 per unit. Break-even volume?",
  "Each unit contributes USD 15 (USD 40 price less USD 25 variable cost), so break-even is 80,000 units a year "
  "(USD 1.2m / USD 15)."),
 ("net-debt-covenant", "covenants and ratios",
  "Net debt GBP 145m; EBITDA (LTM) GBP 52m; covenant: net debt/EBITDA at most 3.0x. Assess compliance and "
  "headroom.",
  "Leverage was 2.79x (GBP 145m net debt / GBP 52m EBITDA), within the 3.0x covenant. At the current net debt, "
  "EBITDA could fall to about GBP 48.3m, 7.1% below its current level, before the covenant is breached."),
 ("interest-cover", "covenants and ratios",
  "EBIT USD 30m; net interest expense USD 6m; covenant: interest cover at least 4.0x.",
  "Interest cover was 5.0x (USD 30m EBIT / USD 6m interest), above the 4.0x minimum required by the covenant."),
 ("liquidity-ratios", "covenants and ratios",
  "Current assets EUR 84m (of which inventory EUR 30m); current liabilities EUR 60m. Give current and quick "
  "ratios.",
  "The current ratio was 1.40 (EUR 84m / EUR 60m). Excluding EUR 30m of inventory, the quick ratio was 0.90 "
  "(EUR 54m / EUR 60m), so liquid assets cover 90% of current liabilities."),
 ("dso", "working capital",
  "Trade receivables USD 15.0m; annual revenue USD 91.25m. Calculate days sales outstanding.",
  "Days sales outstanding were 60 days (USD 15.0m / USD 91.25m × 365)."),
 ("inventory-turn", "working capital",
  "COGS USD 72m; average inventory USD 12m. Inventory turnover and days?",
  "Inventory turned over 6.0 times in the year (USD 72m / USD 12m), equivalent to about 61 days of inventory "
  "(365 / 6.0)."),
 ("ccc", "working capital",
  "DSO 60 days, DIO 61 days, DPO 45 days. Cash conversion cycle?",
  "The cash conversion cycle was 76 days (60 days receivables + 61 days inventory - 45 days payables)."),
 ("fcf", "cash flow",
  "Operating cash flow EUR 18.4m; capital expenditure EUR 7.9m; dividends paid EUR 4.0m. Comment on free cash "
  "flow.",
  "Free cash flow was EUR 10.5m (EUR 18.4m operating cash flow less EUR 7.9m capital expenditure). After EUR 4.0m "
  "of dividends, EUR 6.5m remained."),
 ("fund-vs-benchmark", "portfolio reporting",
  "Fund return 6.2% for the year; benchmark 5.1%. Write the performance line.",
  "The fund returned 6.2% over the year, outperforming its benchmark (5.1%) by 1.1 pp (110 basis points)."),
 ("allocation-drift", "portfolio reporting",
  "Target equity weight 60% with a ±3 pp tolerance; current equity weight 64.5%. What should the report say?",
  "Equities are at 64.5%, 4.5 pp above the 60% target and outside the ±3 pp tolerance band (57-63%), so the "
  "portfolio is due for rebalancing under the policy."),
 ("fees", "portfolio reporting",
  "Total fees USD 1.8m; average assets under management USD 240m. Express as an annual cost.",
  "Fees of USD 1.8m on average assets of USD 240m amount to 0.75% a year."),
 ("client-letter-simple", "client letters",
  "Client portfolio: value on 1 January GBP 250,000; value on 31 December GBP 262,500; no contributions or "
  "withdrawals. Write a two-sentence update for the client.",
  "Your portfolio was worth GBP 262,500 on 31 December, up from GBP 250,000 on 1 January. That is a gain of "
  "GBP 12,500, or 5.0%, over the year, with no money added or withdrawn."),
 ("client-letter-flows", "client letters",
  "Start value USD 100,000; contribution USD 10,000 in mid-year; end value USD 115,500. Use the Modified Dietz "
  "method with the contribution weighted at half the period. Write the return sentence for the client.",
  "Your portfolio grew from USD 100,000 to USD 115,500. Of the USD 15,500 increase, USD 10,000 was your own "
  "contribution, so the investment gain was USD 5,500, a return of 5.2% for the year (USD 5,500 / USD 105,000, "
  "counting the mid-year contribution for half the year)."),
 ("no-advice", "client letters",
  "The client asks in their email: \"Should I buy more of the technology fund now?\" Data: technology fund "
  "returned 14.3% this year. Draft the reply paragraph.",
  "Thank you for your question. The technology fund returned 14.3% this year. We can't tell you whether to buy "
  "more in this report, as that would be investment advice and past returns do not indicate future results. Your "
  "adviser can review it with you against your goals and risk profile."),
 ("cet1", "banking metrics",
  "CET1 capital EUR 1.32bn; risk-weighted assets EUR 10.0bn; CET1 requirement 10.5%. Comment on capital.",
  "The CET1 ratio was 13.2% (EUR 1.32bn / EUR 10.0bn risk-weighted assets), 2.7 pp above the 10.5% "
  "requirement."),
 ("lcr", "banking metrics",
  "High-quality liquid assets EUR 2.2bn; 30-day net cash outflows EUR 1.6bn; minimum LCR 100%.",
  "The liquidity coverage ratio was 137.5% (EUR 2.2bn / EUR 1.6bn), above the 100% minimum."),
 ("npl", "banking metrics",
  "Non-performing loans USD 2.4m out of a USD 160m loan book; last year the NPL ratio was 1.1%.",
  "Non-performing loans were USD 2.4m, 1.5% of the USD 160m loan book, up 0.4 pp from 1.1% last year."),
 ("cost-income", "banking metrics",
  "Operating costs EUR 620m; operating income EUR 1,000m; prior-year cost/income ratio 64.5%.",
  "The cost/income ratio improved to 62.0% (EUR 620m / EUR 1,000m) from 64.5%, a 2.5 pp improvement."),
 ("roe", "banking metrics",
  "Net income GBP 180m; average shareholders' equity GBP 1,500m. Return on equity?",
  "Return on equity was 12.0% (GBP 180m / GBP 1,500m average equity)."),
 ("nim", "banking metrics",
  "Net interest income USD 420m; average interest-earning assets USD 14,000m. Net interest margin?",
  "The net interest margin was 3.0% (USD 420m / USD 14,000m average interest-earning assets)."),
 ("pension", "other disclosures",
  "Pension scheme assets GBP 820m; liabilities GBP 900m. Describe the funding position.",
  "The pension scheme had a deficit of GBP 80m (GBP 820m assets against GBP 900m liabilities), a funding level "
  "of 91.1%."),
 ("emissions", "other disclosures",
  "Scope 1 and 2 emissions: 12,400 tCO2e last year, 10,850 tCO2e this year. Write the ESG line.",
  "Scope 1 and 2 emissions fell by 1,550 tCO2e to 10,850 tCO2e, a 12.5% reduction on last year's 12,400 tCO2e."),
 ("var-limit", "risk reporting",
  "1-day 99% VaR USD 3.2m; VaR limit USD 4.0m. Write the risk line.",
  "1-day 99% value at risk was USD 3.2m, 80% of the USD 4.0m limit."),
 ("dividend-yield", "other disclosures",
  "Annual dividend per share USD 1.20; share price USD 30.00. Dividend yield?",
  "The dividend yield is 4.0% (USD 1.20 / USD 30.00)."),
 ("flag-sum", "data quality",
  "Segments (EUR m): A 40.5, B 35.0, C 26.0; reported group total 100.0. Write the segment paragraph.",
  "The segment figures do not add up to the reported group total: A (EUR 40.5m), B (EUR 35.0m) and C "
  "(EUR 26.0m) sum to EUR 101.5m, EUR 1.5m more than the EUR 100.0m reported. Please confirm the figures (for "
  "example eliminations between segments) before this paragraph is finalised."),
 ("flag-growth-claim", "data quality",
  "Draft says: \"Revenue rose 12% from USD 40m to USD 44m.\" Check and correct the sentence.",
  "The percentage is wrong: an increase from USD 40m to USD 44m is 10.0%, not 12%. Corrected: \"Revenue rose "
  "10.0% from USD 40m to USD 44m.\""),
 ("missing-q4", "data quality",
  "Figures supplied: Q1 EUR 10.2m, Q2 EUR 11.0m, Q3 EUR 10.6m. Write the full-year revenue sentence.",
  "A full-year figure can't be given because Q4 revenue was not provided. Revenue for the first three quarters "
  "was EUR 31.8m (Q1 EUR 10.2m, Q2 EUR 11.0m, Q3 EUR 10.6m)."),
 ("units", "data quality",
  "Table in USD thousands: revenue 41,750; operating profit 3,250. Write one sentence in millions with the margin.",
  "Revenue was USD 41.75m and operating profit USD 3.25m, an operating margin of 7.8%."),
 ("board-bullets", "board summary",
  "Write three board-pack bullets from: revenue USD 48.2m (+17.6% YoY); EBIT margin 12.0% (+1.2 pp); net "
  "debt/EBITDA 2.79x (covenant 3.0x).",
  "- Revenue of USD 48.2m, up 17.6% year on year.\n- EBIT margin improved 1.2 pp to 12.0%.\n- Leverage of 2.79x "
  "net debt/EBITDA remains within the 3.0x covenant, though headroom is limited."),
]

with open("prompts.jsonl", "w", encoding="utf-8") as out:
    for key, category, prompt, reference in P:
        out.write(json.dumps({"id": key, "category": category, "system": SYSTEM, "prompt": prompt,
                              "reference": reference}, ensure_ascii=False) + "\n")
print(len(P), "prompts")
