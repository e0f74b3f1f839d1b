#include "DemoCatalog.h"

namespace keyturn {

const QList<DemoHeldKey> &demoHeldKeys()
{
    static const QList<DemoHeldKey> t = {
        {"Stripe",
         "stripe",
         "stripe-api-key",
         "https://api.stripe.com/v1/api_keys",
         {QStringLiteral("payment-service"), QStringLiteral("billing-service")},
         "stripe/api-key",
         30,
         "high",
         "payments-team",
         "sk_live_",
         true,
         7200},
        {"Stripe",
         "stripe",
         "stripe-webhook-secret",
         "https://api.stripe.com/v1/webhook_endpoints",
         {QStringLiteral("webhook-receiver")},
         "stripe/webhook-secret",
         90,
         "high",
         "payments-team",
         "whsec_",
         true,
         3600},
        {"Adyen",
         "adyen",
         "adyen-api-key",
         "https://management-live.adyen.com/v3/companies/keys",
         {QStringLiteral("payment-service")},
         "adyen/api-key",
         30,
         "critical",
         "payments-team",
         "AQE",
         true,
         7200},
        {"SendGrid",
         "sendgrid",
         "sendgrid-api-key",
         "https://api.sendgrid.com/v3/api_keys",
         {QStringLiteral("notification-service")},
         "sendgrid/api-key",
         90,
         "medium",
         "messaging-team",
         "SG.",
         true,
         14400},
        {"Mailgun",
         "mailgun",
         "mailgun-api-key",
         "https://api.mailgun.net/v1/keys",
         {QStringLiteral("newsletter-service")},
         "mailgun/api-key",
         90,
         "low",
         "messaging-team",
         "key-",
         true,
         3600},
        {"Postmark",
         "postmark",
         "postmark-server-token",
         "https://api.postmarkapp.com/servers",
         {QStringLiteral("transactional-mail")},
         "postmark/server-token",
         90,
         "medium",
         "messaging-team",
         "pm_",
         false,
         1800},
        {"Twilio",
         "twilio",
         "twilio-auth-token",
         "https://api.twilio.com/2010-04-01/Accounts/Keys",
         {QStringLiteral("sms-gateway"), QStringLiteral("2fa-service")},
         "twilio/auth-token",
         30,
         "high",
         "identity-team",
         "SK",
         true,
         3600},
        {"Internal API Gateway",
         "internal-gateway",
         "internal-service-api-key",
         "https://gateway.internal/admin/keys",
         {QStringLiteral("frontend-bff"), QStringLiteral("mobile-api")},
         "internal/gateway-key",
         7,
         "high",
         "platform-team",
         "igw_",
         true,
         3600},
        {"Datadog",
         "datadog",
         "datadog-api-key",
         "https://api.datadoghq.com/api/v2/api_keys",
         {QStringLiteral("metrics-agent")},
         "datadog/api-key",
         90,
         "low",
         "sre-team",
         "dd",
         true,
         3600},
        {"PagerDuty",
         "pagerduty",
         "pagerduty-integration-key",
         "https://api.pagerduty.com/services",
         {QStringLiteral("alertmanager")},
         "pagerduty/integration-key",
         90,
         "medium",
         "sre-team",
         "pd_",
         true,
         3600},
        {"GitHub",
         "github",
         "github-deploy-token",
         "https://api.github.com/app/installations",
         {QStringLiteral("ci-runner"), QStringLiteral("release-bot")},
         "github/deploy-token",
         30,
         "high",
         "devex-team",
         "ghs_",
         true,
         1800},
        {"Algolia",
         "algolia",
         "algolia-search-key",
         "https://www.algolia.com/api/1/keys",
         {QStringLiteral("search-service")},
         "algolia/search-key",
         90,
         "low",
         "search-team",
         "alg_",
         true,
         3600},
        {"Cloudflare",
         "cloudflare",
         "cloudflare-api-token",
         "https://api.cloudflare.com/client/v4/user/tokens",
         {QStringLiteral("dns-automation")},
         "cloudflare/api-token",
         90,
         "high",
         "sre-team",
         "cf_",
         true,
         3600},
        {"Slack",
         "slack",
         "slack-bot-token",
         "https://slack.com/api/apps.token.rotate",
         {QStringLiteral("chatops")},
         "slack/bot-token",
         90,
         "low",
         "sre-team",
         "xoxb-",
         false,
         900},
    };
    return t;
}

namespace {
const char *const kDemoCompanies[] = {"Acme",      "Northwind", "Globex",  "Initech", "Umbrella",  "Stark",   "Wayne",
                                      "Hooli",     "Vandelay",  "Soylent", "Tyrell",  "Cyberdyne", "Wonka",   "Oscorp",
                                      "Gringotts", "Aperture",  "Monarch", "Dunder",  "Prestige",  "Sterling"};
const char *const kDemoSectors[] = {"Logistics", "Health", "Retail", "Labs",   "Bank",
                                    "Travel",    "Media",  "Foods",  "Energy", "Insurance"};
const char *const kDemoPatterns[] = {"rest", "python", "node", "java", "go"};

} // namespace

const QList<DemoEnvironment> &demoEnvironments()
{
    static const QList<DemoEnvironment> environments = {
        {"production", "prod"}, {"staging", "staging"}, {"development", "dev"}};
    return environments;
}

QStringList demoConsumerNames()
{
    QStringList names;
    for (const char *company : kDemoCompanies) {
        for (const char *sector : kDemoSectors)
            names << QStringLiteral("%1 %2").arg(QLatin1String(company), QLatin1String(sector));
    }
    return names;
}

QStringList demoIntegrationPatterns()
{
    QStringList out;
    for (const char *p : kDemoPatterns)
        out << QString::fromLatin1(p);
    return out;
}

QString demoProviderId(const QString &providerName)
{
    for (const DemoHeldKey &k : demoHeldKeys()) {
        if (providerName == QLatin1String(k.provider))
            return QString::fromLatin1(k.providerId);
    }
    QString id = providerName.toLower();
    id.replace(QLatin1Char(' '), QLatin1Char('-'));
    return id;
}

} // namespace keyturn
