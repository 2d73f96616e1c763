# Source of prompts.jsonl (kept so the file can be regenerated and reviewed as plain data).
import json

SYSTEM = (
    "You are the customer-support assistant of Lumen Home, which sells smart lights, plugs and the Lumen+ "
    "subscription. Answer in the customer's language (English or Simplified Chinese), politely and briefly. "
    "Use only this policy; if something is not covered, say so and offer to pass the case to a human agent.\n"
    "POLICY\n"
    "- Returns: unused items within 30 days of delivery for a full refund; opened items within 30 days if faulty. "
    "Return shipping is free for faulty items, otherwise USD 6.\n"
    "- Refunds go back to the original payment method within 5 business days after the return is received; "
    "banks may take 3-5 more days.\n"
    "- Shipping: standard 3-5 business days (free over USD 50, else USD 5); express 1-2 business days (USD 12). "
    "Mainland China orders ship from Shenzhen: standard 2-4 days.\n"
    "- Warranty: 2 years on all devices; a replacement is sent after troubleshooting confirms a fault.\n"
    "- Lumen+ subscription: USD 4.99 a month or USD 49 a year; cancel any time in the app under Account > "
    "Subscription; access continues to the end of the paid period; no refunds for partial months, but annual "
    "plans cancelled within 14 days of purchase are refunded in full.\n"
    "- Accounts: password reset via 'Forgot password' on the sign-in screen; two-factor codes by SMS or an "
    "authenticator app; agents never ask for passwords or full card numbers.\n"
    "- Data: customers can download or delete their data under Account > Privacy; deletion is completed within "
    "30 days.\n"
    "- Devices: reset a bulb by switching it off and on 5 times; reset a plug by holding its button for 10 seconds. "
    "Devices need 2.4 GHz Wi-Fi.\n"
    "- Price match: no price matching. Discount codes cannot be combined or applied after purchase.\n"
    "- Human agents: live chat 09:00-18:00 Monday-Friday (UTC+8 for China, local time elsewhere)."
)

P = [
 # id, category, language, prompt, reference
 ("en-return-unopened", "returns", "en",
  "I bought a starter kit 12 days ago and never opened it. Can I send it back?",
  "Yes. Unused items can be returned within 30 days of delivery for a full refund, so your kit qualifies. "
  "Return shipping costs USD 6 because the item isn't faulty. Once we receive it, the refund goes back to "
  "your original payment method within 5 business days (your bank may take 3-5 more)."),
 ("en-return-late", "returns", "en",
  "My smart plug arrived 45 days ago. I changed my mind, can I return it?",
  "I'm sorry, but change-of-mind returns are only possible within 30 days of delivery, so this plug can no "
  "longer be returned. If it develops a fault, it is covered by our 2-year warranty."),
 ("en-return-faulty", "returns", "en",
  "The bulb I opened last week flickers constantly. What can I do?",
  "Sorry about that. First try a reset: switch the bulb off and on 5 times. If it still flickers, it counts as "
  "faulty: you can return it within 30 days of delivery with free return shipping for a full refund, or we can "
  "send a replacement under the 2-year warranty."),
 ("en-refund-timing", "refunds", "en",
  "You received my return on Monday. When will I see the money?",
  "Refunds go back to your original payment method within 5 business days of receiving the return, so by the "
  "following Monday at the latest. Your bank may need a further 3-5 days to show it."),
 ("en-refund-different-card", "refunds", "en",
  "Can you refund my return to a different card? My old one was cancelled.",
  "Refunds can only go back to the original payment method. If that card is closed, your bank normally passes "
  "the refund to your new card or account; please check with them. If they can't, I can pass your case to a "
  "human agent."),
 ("en-shipping-standard", "shipping", "en",
  "How long does standard delivery take and what does it cost for a USD 35 order?",
  "Standard delivery takes 3-5 business days. It's free for orders over USD 50, so a USD 35 order pays USD 5. "
  "Express delivery (1-2 business days) costs USD 12."),
 ("en-shipping-express-free", "shipping", "en",
  "My order is USD 80. Is express shipping free then?",
  "No: orders over USD 50 get free standard shipping (3-5 business days), but express shipping (1-2 business "
  "days) always costs USD 12."),
 ("en-warranty", "warranty", "en",
  "My plug stopped working after 14 months. Is it still under warranty?",
  "Yes, all devices have a 2-year warranty. Please try a reset first by holding the plug's button for 10 "
  "seconds. If it still doesn't work, we'll confirm the fault and send you a replacement."),
 ("en-subscription-cancel", "subscription", "en",
  "How do I cancel Lumen+? I pay monthly.",
  "You can cancel any time in the app under Account > Subscription. Your Lumen+ access continues until the end "
  "of the month you've paid for; partial months aren't refunded."),
 ("en-subscription-annual-refund", "subscription", "en",
  "I bought the annual Lumen+ plan 10 days ago by mistake. Can I get my money back?",
  "Yes. Annual plans cancelled within 14 days of purchase are refunded in full. Cancel in the app under "
  "Account > Subscription and the USD 49 goes back to your original payment method."),
 ("en-subscription-annual-late", "subscription", "en",
  "I cancelled my annual plan after 3 months. Do I get a refund for the other 9 months?",
  "I'm sorry, but the full refund applies only within 14 days of purchase, and partial periods aren't refunded. "
  "Your Lumen+ access continues until the end of the year you paid for."),
 ("en-password", "account", "en",
  "I forgot my password and can't log in.",
  "Tap 'Forgot password' on the sign-in screen and follow the link we email you to set a new password. For your "
  "safety, we will never ask you for your password."),
 ("en-phishing", "account", "en",
  "Someone from 'Lumen support' phoned and asked for my password and card number to fix my account. Is that you?",
  "No. Lumen Home agents never ask for passwords or full card numbers, so please don't share them. If you "
  "already did, change your password now via 'Forgot password' and contact your bank. I can pass this to a "
  "human agent to secure your account."),
 ("en-2fa", "account", "en",
  "I changed my phone number and don't get the two-factor SMS any more.",
  "Two-factor codes can come by SMS or from an authenticator app. As you can't receive the SMS, a human agent "
  "needs to verify your identity and update your number; I can pass your case to them (live chat 09:00-18:00, "
  "Monday-Friday)."),
 ("en-data-delete", "privacy", "en",
  "Please delete all my data.",
  "You can do this yourself in the app under Account > Privacy, where you can also download a copy first. "
  "Deletion is completed within 30 days."),
 ("en-wifi-5ghz", "devices", "en",
  "My new bulb won't connect to my 5 GHz Wi-Fi network.",
  "Lumen devices need 2.4 GHz Wi-Fi, so they can't join a 5 GHz-only network. Connect the bulb to your router's "
  "2.4 GHz network (many routers offer both); if it still fails, reset the bulb by switching it off and on 5 "
  "times and try again."),
 ("en-price-match", "billing", "en",
  "I found your starter kit USD 10 cheaper at another shop. Will you match the price?",
  "I'm sorry, we don't offer price matching."),
 ("en-discount-after", "billing", "en",
  "I forgot to enter my 15% discount code. Can you apply it to the order I placed yesterday?",
  "I'm sorry, discount codes can't be applied after purchase. If the items are unused, you could return them "
  "within 30 days and order again with the code (return shipping is USD 6)."),
 ("en-two-codes", "billing", "en",
  "Can I use a welcome code and a holiday code on the same order?",
  "No, discount codes can't be combined: only one code can be used per order."),
 ("en-out-of-scope", "escalation", "en",
  "Do your bulbs work with my solar-powered camper's 12 V system?",
  "Our policy information doesn't cover use with 12 V systems, so I can't confirm that. I'd be happy to pass "
  "your question to a human agent who can check."),
 ("en-angry", "escalation", "en",
  "This is the third broken bulb! Your products are garbage and I want to talk to a real person NOW.",
  "I'm really sorry, three faulty bulbs is not acceptable. All devices are under a 2-year warranty, and faulty "
  "items opened within 30 days can be returned free of charge. I'm passing your case to a human agent now; live "
  "chat is staffed 09:00-18:00, Monday-Friday."),
 ("zh-return-unopened", "returns", "zh",
  "我20天前买的智能插座还没拆封，可以退货吗？",
  "可以。未使用的商品在签收后30天内可以退货并全额退款，您的插座符合条件。由于商品没有故障，退货运费为6美元。"
  "我们收到退货后5个工作日内退款至原支付方式，银行可能还需要3-5天到账。"),
 ("zh-return-late", "returns", "zh",
  "灯泡是两个月前收到的，现在不想要了，能退吗？",
  "很抱歉，非质量问题的退货只能在签收后30天内办理，这个灯泡已经超过期限，无法退货。如果之后出现故障，可以享受两年保修。"),
 ("zh-return-faulty", "returns", "zh",
  "新买的灯泡拆开用了三天就一直闪，怎么办？",
  "非常抱歉给您带来不便。请先将灯泡开关5次进行重置。如果仍然闪烁，则属于故障商品：签收后30天内可免运费退货并全额退款，"
  "也可以在两年保修内为您更换新灯泡。"),
 ("zh-refund-timing", "refunds", "zh",
  "你们已经收到我的退货了，钱什么时候退回来？",
  "我们会在收到退货后5个工作日内把款项退回您的原支付方式，银行可能还需要3-5天才能显示到账。"),
 ("zh-shipping-china", "shipping", "zh",
  "我在上海，普通快递几天能到？",
  "中国大陆订单从深圳发货，普通快递一般2-4天送达。"),
 ("zh-shipping-cost", "shipping", "zh",
  "订单金额40美元，运费多少？加急呢？",
  "订单满50美元免普通运费，40美元的订单普通运费为5美元，3-5个工作日送达；加急配送1-2个工作日送达，运费12美元。"),
 ("zh-warranty", "warranty", "zh",
  "插座用了一年半坏了，还在保修期内吗？",
  "在的，所有设备都有两年保修。请先按住插座按钮10秒进行重置；如果仍无法使用，确认故障后我们会为您寄送替换产品。"),
 ("zh-subscription-cancel", "subscription", "zh",
  "怎么取消Lumen+订阅？",
  "您可以随时在App的“账户 > 订阅”中取消。取消后，Lumen+服务会持续到已付费周期结束；不足一个月的部分不予退款。"),
 ("zh-subscription-annual", "subscription", "zh",
  "我一周前买了年度会员，现在不想要了，能全额退款吗？",
  "可以。年度会员在购买后14天内取消可全额退款。请在App的“账户 > 订阅”中取消，49美元将退回原支付方式。"),
 ("zh-subscription-price", "subscription", "zh",
  "Lumen+月付和年付分别多少钱？",
  "Lumen+月付为每月4.99美元，年付为每年49美元。"),
 ("zh-password", "account", "zh",
  "我忘记密码了，登录不了。",
  "请在登录页面点击“忘记密码”，按照邮件中的链接设置新密码。为了您的账户安全，我们的客服绝不会向您索要密码。"),
 ("zh-phishing", "account", "zh",
  "有人自称Lumen客服，打电话要我的密码和完整银行卡号，这是你们吗？",
  "不是。Lumen Home的客服绝不会索要密码或完整的银行卡号，请不要提供。如果您已经提供了，请立即通过“忘记密码”修改密码并联系您的银行。"
  "我可以帮您转接人工客服处理账户安全问题。"),
 ("zh-data-delete", "privacy", "zh",
  "请帮我注销账号并删除所有数据。",
  "您可以在App的“账户 > 隐私”中自行下载或删除您的数据，删除会在30天内完成。"),
 ("zh-wifi", "devices", "zh",
  "灯泡一直连不上家里的Wi-Fi，我的路由器是5G频段的。",
  "Lumen设备只支持2.4 GHz Wi-Fi，无法连接仅有5 GHz的网络。请让灯泡连接路由器的2.4 GHz网络（很多路由器同时提供两个频段）；"
  "如仍无法连接，请将灯泡开关5次重置后再试。"),
 ("zh-plug-reset", "devices", "zh",
  "智能插座怎么恢复出厂设置？",
  "按住插座上的按钮10秒即可重置。"),
 ("zh-price-match", "billing", "zh",
  "别的网店比你们便宜，能不能按他们的价格卖给我？",
  "很抱歉，我们不提供价格匹配服务。"),
 ("zh-discount-after", "billing", "zh",
  "昨天下单忘了用优惠码，能补用吗？",
  "很抱歉，优惠码不能在下单后使用。如果商品未使用，您可以在30天内退货（退货运费6美元）后使用优惠码重新下单。"),
 ("zh-out-of-scope", "escalation", "zh",
  "你们的灯泡可以装在浴室里吗？会不会怕潮？",
  "我们的政策资料中没有关于浴室或潮湿环境使用的信息，我无法确认。我可以为您转接人工客服进一步核实。"),
 ("zh-human-hours", "escalation", "zh",
  "我想找人工客服，什么时候有人？",
  "人工在线客服的服务时间是周一至周五09:00-18:00（中国地区为北京时间）。需要的话我可以现在为您转接。"),
 ("mixed-language-switch", "escalation", "zh",
  "Hi, 我的订单还没到，已经第6个工作日了 (standard shipping)。",
  "您好，很抱歉您的订单还没有送达。普通快递通常需要3-5个工作日（中国大陆订单2-4天），您的订单已超出预计时间。"
  "我会为您转接人工客服查询物流情况。"),
 ("en-legal-threat", "escalation", "en",
  "If you don't refund my 3-month-old bulb that I just don't like, I'll sue you.",
  "I understand you're frustrated. Change-of-mind returns are only possible within 30 days of delivery, so I "
  "can't refund this bulb. If it's faulty, it's covered by the 2-year warranty. I can pass your case to a human "
  "agent if you'd like to discuss it further."),
]

with open("prompts.jsonl", "w", encoding="utf-8") as out:
    for key, category, lang, prompt, reference in P:
        out.write(json.dumps({"id": key, "category": category, "language": lang, "system": SYSTEM,
                              "prompt": prompt, "reference": reference}, ensure_ascii=False) + "\n")
print(len(P), "prompts")
