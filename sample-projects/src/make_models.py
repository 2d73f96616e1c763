# Writes models.yaml for each sample project: the two offline baselines (always run), a local Ollama
# model (runs when Ollama is installed), and API presets for DeepSeek, Qwen, GLM, OpenAI and Anthropic
# (run when their key is set in the named environment variable; keys are never stored in files).
# Prices are list prices in USD per million tokens as published by the providers in 2025: check them
# before relying on cost figures.
import json

COMMON = [
    {"name": "reference-answers", "provider": "baseline-reference",
     "profile": {"licence": "n/a", "flexibility": "Returns the written reference: the ceiling for reference scores"}},
    {"name": "extractive", "provider": "baseline-extractive",
     "profile": {"licence": "n/a", "flexibility": "Picks the prompt sentences closest to the question: the floor to beat"}},
    {"name": "qwen2.5-7b-local", "provider": "ollama", "baseUrl": "http://127.0.0.1:11434", "model": "qwen2.5:7b",
     "params": {"temperature": 0.0, "maxTokens": 400},
     "profile": {"openWeights": True, "licence": "Apache-2.0", "jurisdiction": "Runs on your own hardware",
                 "dataHandling": "No data leaves the machine", "pricePerMillionInput": 0.0,
                 "pricePerMillionOutput": 0.0, "flexibility": "Fine-tunable; quantised builds run on a laptop",
                 "community": "Very large (Hugging Face, Ollama)"}},
    {"name": "deepseek-chat", "provider": "openai-compatible", "baseUrl": "https://api.deepseek.com/v1",
     "model": "deepseek-chat", "apiKeyEnv": "DEEPSEEK_API_KEY", "params": {"temperature": 0.0, "maxTokens": 400},
     "profile": {"openWeights": True, "licence": "MIT (code), DeepSeek model licence (weights)",
                 "jurisdiction": "China (API); self-hosting possible anywhere",
                 "dataHandling": "API prompts processed and stored in the PRC", "pricePerMillionInput": 0.27,
                 "pricePerMillionOutput": 1.10, "flexibility": "Open weights; OpenAI-compatible API",
                 "community": "Large"}},
    {"name": "qwen-plus", "provider": "openai-compatible",
     "baseUrl": "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "model": "qwen-plus",
     "apiKeyEnv": "DASHSCOPE_API_KEY", "params": {"temperature": 0.0, "maxTokens": 400},
     "profile": {"openWeights": False, "licence": "Proprietary API (open-weight Qwen2.5 siblings exist)",
                 "jurisdiction": "Singapore region (Alibaba Cloud international)",
                 "dataHandling": "Per Alibaba Cloud Model Studio terms", "pricePerMillionInput": 0.40,
                 "pricePerMillionOutput": 1.20, "flexibility": "OpenAI-compatible API; open-weight family",
                 "community": "Very large"}},
    {"name": "glm-4.5", "provider": "openai-compatible", "baseUrl": "https://api.z.ai/api/paas/v4",
     "model": "glm-4.5", "apiKeyEnv": "ZHIPU_API_KEY", "params": {"temperature": 0.0, "maxTokens": 400},
     "profile": {"openWeights": True, "licence": "MIT (weights)", "jurisdiction": "China (Zhipu AI / Z.ai)",
                 "dataHandling": "Per Z.ai API terms", "pricePerMillionInput": 0.60, "pricePerMillionOutput": 2.20,
                 "flexibility": "Open weights; OpenAI-compatible API", "community": "Growing"}},
    {"name": "gpt-4o-mini", "provider": "openai-compatible", "baseUrl": "https://api.openai.com/v1",
     "model": "gpt-4o-mini", "apiKeyEnv": "OPENAI_API_KEY", "params": {"temperature": 0.0, "maxTokens": 400},
     "profile": {"openWeights": False, "licence": "Proprietary", "jurisdiction": "USA",
                 "dataHandling": "API data not used for training by default; 30-day abuse monitoring retention",
                 "pricePerMillionInput": 0.15, "pricePerMillionOutput": 0.60,
                 "flexibility": "Fine-tuning via API only", "community": "Very large"}},
    {"name": "claude-3-5-haiku", "provider": "anthropic", "model": "claude-3-5-haiku-20241022",
     "apiKeyEnv": "ANTHROPIC_API_KEY", "params": {"temperature": 0.0, "maxTokens": 400},
     "profile": {"openWeights": False, "licence": "Proprietary", "jurisdiction": "USA",
                 "dataHandling": "API data not used for training by default", "pricePerMillionInput": 0.80,
                 "pricePerMillionOutput": 4.00, "flexibility": "API only", "community": "Large"}},
]

RISKS = {
    "patient-communication": {
        "qwen2.5-7b-local": [("Clinical accuracy", "A 7B model may change doses or omit warning signs",
                              "high", "medium", "Clinician review of every text before it reaches patients")],
        "deepseek-chat": [("Data protection", "Patient data would be processed outside the UK/EU", "high", "high",
                           "Send only de-identified text, or self-host the open weights")],
        "qwen-plus": [("Data protection", "Health data transferred to a non-UK cloud region", "high", "medium",
                       "De-identify; data processing agreement")],
        "glm-4.5": [("Data protection", "Health data processed in China", "high", "high", "Self-host or de-identify")],
        "gpt-4o-mini": [("Data protection", "US processor for special-category data", "high", "medium",
                         "DPA with zero retention; de-identify")],
        "claude-3-5-haiku": [("Over-caution", "May refuse benign clinical wording", "low", "medium",
                              "Tune the system prompt; measure refusals")],
    },
    "financial-reports": {
        "qwen2.5-7b-local": [("Numerical accuracy", "Arithmetic slips in derived ratios", "high", "high",
                              "Compute figures in code; the model only writes prose")],
        "deepseek-chat": [("Confidentiality", "Unpublished results sent to a PRC-hosted API", "high", "high",
                           "Self-host, or use only after publication")],
        "qwen-plus": [("Vendor", "Model versions retired at short notice", "medium", "medium",
                       "Pin versions; re-run this evaluation on change")],
        "glm-4.5": [("Confidentiality", "Price-sensitive data processed abroad", "high", "high", "Self-host")],
        "gpt-4o-mini": [("Regulatory", "Outsourcing notification needed for material use", "medium", "high",
                         "Complete the outsourcing assessment")],
        "claude-3-5-haiku": [("Cost", "Highest output price of the presets", "low", "high",
                              "Use for final drafts only")],
    },
    "support-bilingual": {
        "qwen2.5-7b-local": [("Language quality", "Weaker Chinese phrasing in long answers", "medium", "medium",
                              "Human review of Chinese replies during pilot")],
        "deepseek-chat": [("Availability", "Peak-time rate limits", "medium", "medium", "Fallback model")],
        "qwen-plus": [("Policy drift", "May invent goodwill gestures not in the policy", "medium", "medium",
                       "Ground answers in the policy; audit weekly samples")],
        "glm-4.5": [("Availability", "New API; limited SLA history", "medium", "low", "Fallback model")],
        "gpt-4o-mini": [("Language quality", "Chinese replies can sound translated", "low", "medium",
                         "Native-speaker review of templates")],
        "claude-3-5-haiku": [("Data residency", "Chinese customers' data processed in the USA", "high", "medium",
                              "Separate deployment for mainland China")],
    },
}

def yaml_value(v):
    return json.dumps(v, ensure_ascii=False)  # JSON scalars are valid YAML

for project, risks in RISKS.items():
    lines = ["# Models of the sample project. Baselines need nothing; 'qwen2.5-7b-local' needs Ollama;",
             "# API models run only when the environment variable in apiKeyEnv holds a key.",
             "# Generated by ../make_models.py; prices are 2025 list prices (USD per million tokens).",
             "models:"]
    for m in COMMON:
        lines.append(f"  - name: {yaml_value(m['name'])}")
        for key in ("provider", "baseUrl", "model", "apiKeyEnv"):
            if key in m:
                lines.append(f"    {key}: {yaml_value(m[key])}")
        if "params" in m:
            lines.append("    params: " + yaml_value(m["params"]))
        lines.append("    profile:")
        for k, v in m["profile"].items():
            lines.append(f"      {k}: {yaml_value(v)}")
        model_risks = risks.get(m["name"], [])
        if model_risks:
            lines.append("      risks:")
            for category, description, impact, likelihood, mitigation in model_risks:
                lines.append(f"        - {{category: {yaml_value(category)}, description: {yaml_value(description)}, "
                             f"impact: {impact}, likelihood: {likelihood}, mitigation: {yaml_value(mitigation)}}}")
    with open(f"{project}/models.yaml", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
print("ok")
