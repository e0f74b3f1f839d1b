#include "NoticeTemplate.h"
#include "core/Translate.h"

#include <QCoreApplication>

// The built-in notice templates. Their text is not translated: a notice is written in the language of the consumers
// who receive it, not in the language of the operator's desktop; an edited template stores its own text.

namespace keyturn {

namespace {

QString tr(const char *text)
{
    return translateIn({"NoticeTemplates", "keyturn::NoticeTemplates"}, text);
}

NoticeTemplate builtIn(const char *name, const QString &subject, const QString &body)
{
    NoticeTemplate t;
    t.name = QString::fromLatin1(name);
    t.version = 0;
    t.subject = subject;
    t.bodyMarkdown = body;
    t.createdBy = QStringLiteral("keyturn");
    return t;
}

QString greeting(const QString &heading)
{
    return heading + QStringLiteral("\n\nHello {{consumer_name}},\n\n");
}

/// Names the key by name, prefix and fingerprint only: a notice never carries a key value.
QString keyDetails()
{
    return QStringLiteral(R"md(## The key being replaced

- Name: {{key_name}}
- Prefix: `{{key_prefix}}`
- Fingerprint: `{{key_fingerprint}}`
- Environment: {{environment}}
- Revoked at: {{deadline_utc}}

We name the key only by its prefix and fingerprint. We will never ask you for a key: do not send one by e-mail,
ticket or chat.
)md");
}

QString migrationIntro()
{
    return greeting(QStringLiteral("# Rotate your API key {{key_name}} by {{deadline_utc}}")) +
           QStringLiteral(
               R"md(We are rotating the API key your integration uses in **{{environment}}**. The key stops working at
**{{deadline_utc}}**; after that, requests made with it are rejected with `401 Unauthorized`. Please move to a new
key before then: it takes a few minutes and needs no downtime if you follow the steps below.

)md") + keyDetails();
}

QString migrationSteps()
{
    return QStringLiteral(R"md(
## What to do before {{deadline_utc}}

1. Create a new key for {{environment}} in the [API dashboard]({{dashboard_url}}). The old key keeps working
   meanwhile, so both can be in use during the switch.
2. Store the new key where your service reads its secrets (a secret manager, or an environment variable such as
   `NEW_KEY`), never in source code or a repository.
3. Test the new key against {{health_url}} with the example below. An answer of `200 OK` means it works.
4. Deploy the new key to every instance that calls {{api_base_url}} and switch over. Watch your logs for `401`
   answers: they point to an instance still using the old key.
5. Tell us at {{contact}} once you have switched. The old key `{{key_prefix}}` is revoked at {{deadline_utc}},
   whether or not it is still in use.
)md");
}

QString closing()
{
    return QStringLiteral(R"md(
Questions, or need more time? Contact {{contact}} before the deadline and mention the key prefix `{{key_prefix}}`.

Thank you,
The API platform team
)md");
}

QString migrationSubject()
{
    return QStringLiteral("Action required by {{deadline_utc}}: rotate your API key {{key_prefix}}\u2026");
}

NoticeTemplate migration(const char *name, const QString &example)
{
    return builtIn(name, migrationSubject(), migrationIntro() + migrationSteps() + example + closing());
}

QString restExample()
{
    return QStringLiteral(R"md(
## Test the new key (curl)

```bash
read -rs NEW_KEY  # paste the new key: it is neither shown nor kept in your shell history
curl -H "Authorization: Bearer $NEW_KEY" {{health_url}}
```

Every HTTP client works the same way: send the new key in the `Authorization: Bearer` header of each request to
{{api_base_url}}.
)md");
}

QString pythonExample()
{
    return QStringLiteral(R"md(
## Test the new key (Python, requests)

```python
import os

import requests

api_key = os.environ["NEW_KEY"]  # from your secret store, never hard-coded

response = requests.get(
    "{{health_url}}",
    headers={"Authorization": f"Bearer {api_key}"},
    timeout=10,
)
response.raise_for_status()
print("new key works:", response.status_code)
```

If you use a `requests.Session`, set the header once on the session and restart the workers that still hold the
old key.
)md");
}

QString nodeExample()
{
    return QStringLiteral(R"md(
## Test the new key (Node.js 18 or later, fetch)

```js
const apiKey = process.env.NEW_KEY; // from your secret store, never hard-coded

const response = await fetch("{{health_url}}", {
  headers: { Authorization: `Bearer ${apiKey}` },
  signal: AbortSignal.timeout(10_000),
});
if (!response.ok) {
  throw new Error(`health check failed: HTTP ${response.status}`);
}
console.log("new key works:", response.status);
```

Save it as `check-key.mjs` and run `node check-key.mjs` (top-level `await` needs an ES module).
)md");
}

QString javaExample()
{
    return QStringLiteral(R"md(
## Test the new key (Java 11 or later, java.net.http)

```java
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class CheckNewKey {
    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("NEW_KEY"); // from your secret store, never hard-coded
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("{{health_url}}"))
                .header("Authorization", "Bearer " + apiKey)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("health check failed: HTTP " + response.statusCode());
        }
        System.out.println("new key works: " + response.statusCode());
    }
}
```

Reuse one `HttpClient` for the whole application and read the key from your configuration at start-up, so that the
switch is a configuration change and a restart.
)md");
}

QString goExample()
{
    return QStringLiteral(R"md(
## Test the new key (Go, net/http)

```go
package main

import (
    "fmt"
    "net/http"
    "os"
    "time"
)

func main() {
    req, err := http.NewRequest(http.MethodGet, "{{health_url}}", nil)
    if err != nil {
        panic(err)
    }
    req.Header.Set("Authorization", "Bearer "+os.Getenv("NEW_KEY")) // from your secret store
    client := &http.Client{Timeout: 10 * time.Second}
    resp, err := client.Do(req)
    if err != nil {
        panic(err)
    }
    defer resp.Body.Close()
    if resp.StatusCode != http.StatusOK {
        panic(fmt.Sprintf("health check failed: HTTP %d", resp.StatusCode))
    }
    fmt.Println("new key works:", resp.StatusCode)
}
```

If several parts of your service share one `http.Client`, set the header in one place (a small
`http.RoundTripper`), so that the switch is a configuration change.
)md");
}

NoticeTemplate environments()
{
    const QString body =
        greeting(QStringLiteral("# Rotate your {{environment}} API key {{key_name}} by {{deadline_utc}}")) +
        QStringLiteral(
            R"md(We are rotating the API key your integration uses in **{{environment}}**. The key stops working at
**{{deadline_utc}}**; after that, requests made with it are rejected with `401 Unauthorized`.

Each environment has its own keys and its own endpoints, and a key only works against the endpoints of the
environment it was created for. For {{environment}} these are:

- API base URL: {{api_base_url}}
- Health check: {{health_url}}

)md") + keyDetails() +
        QStringLiteral(R"md(
## Staging first, then production

Switch in this order, whichever environment this key belongs to: test the new staging key against the staging
health URL, deploy it to staging and let it run; only then test and switch production. Every environment has its
health check at the same path on its own API host.

## What to do before {{deadline_utc}}

1. Create a new key in the [API dashboard]({{dashboard_url}}) and pick **{{environment}}** as its environment.
2. Store it in the secret store of your {{environment}} deployment, never in source code.
3. Test it against the {{environment}} health check with the command below. `200 OK` means it works; `401` usually
   means a key of another environment.
4. Deploy the new key to every {{environment}} instance that calls {{api_base_url}}, switch over and watch your logs
   for `401` answers.
5. Tell us at {{contact}} once you have switched. The old key `{{key_prefix}}` is revoked at {{deadline_utc}}.

## Test the new key against {{environment}}

```bash
read -rs NEW_KEY  # paste the new key: it is neither shown nor kept in your shell history
curl -H "Authorization: Bearer $NEW_KEY" {{health_url}}
```
)md") + closing();
    return builtIn("migration-environments", migrationSubject(), body);
}

NoticeTemplate reminder()
{
    const QString body =
        greeting(QStringLiteral("# Reminder: rotate your API key {{key_name}}")) +
        QStringLiteral(
            R"md(The API key below is still in use. It will be revoked at **{{deadline_utc}}**. Days left: **{{days_left}}**.

)md") + keyDetails() +
        QStringLiteral(R"md(
## In short

1. Create a new key for {{environment}} in the [API dashboard]({{dashboard_url}}).
2. Deploy it where your service reads its secrets.
3. Test it: `curl -H "Authorization: Bearer $NEW_KEY" {{health_url}}` should answer `200 OK`.
4. Switch all traffic to the new key and tell us at {{contact}}.

After {{deadline_utc}}, requests made with the old key fail with `401 Unauthorized`. If you have switched already,
thank you: please tell us, so that we stop reminding you.
)md") + closing();
    return builtIn("reminder",
                   QStringLiteral("Reminder: rotate your API key {{key_prefix}}\u2026 by {{deadline_utc}} "
                                  "(days left: {{days_left}})"),
                   body);
}

NoticeTemplate emergency()
{
    const QString body =
        greeting(QStringLiteral("# Urgent: replace your API key {{key_name}} now")) +
        QStringLiteral(
            R"md(We are revoking the API key below ahead of schedule because of **{{reason}}**. It stops working at
**{{deadline_utc}}** at the latest and may already be revoked when you read this; requests made with it then fail
with `401 Unauthorized`.

)md") + keyDetails() +
        QStringLiteral(R"md(
## Do this now

1. Create a new key for {{environment}} in the [API dashboard]({{dashboard_url}}) now.
2. Deploy it where your service reads its secrets, never in source code.
3. Test it: `curl -H "Authorization: Bearer $NEW_KEY" {{health_url}}` should answer `200 OK`.
4. Switch all traffic to the new key.
5. Tell us at {{contact}} as soon as you have switched, or straight away if you cannot make the deadline.

Please also check your logs for requests with the old key that you did not make, and do not reuse it anywhere.

If anything is unclear, contact {{contact}} immediately.

Thank you,
The API platform team
)md");
    return builtIn(
        "emergency",
        QStringLiteral("Urgent: replace your API key {{key_prefix}}\u2026 now (revoked by {{deadline_utc}})"), body);
}

NoticeTemplate extension()
{
    const QString body =
        greeting(QStringLiteral("# More time to rotate your API key {{key_name}}")) +
        QStringLiteral(
            R"md(The deadline for rotating the API key below has moved from {{old_deadline_utc}} to **{{deadline_utc}}**.
The old key keeps working until then and is revoked at the new deadline.

)md") + keyDetails() +
        QStringLiteral(R"md(
## What to do before {{deadline_utc}}

1. Create a new key for {{environment}} in the [API dashboard]({{dashboard_url}}).
2. Deploy it where your service reads its secrets.
3. Test it: `curl -H "Authorization: Bearer $NEW_KEY" {{health_url}}` should answer `200 OK`.
4. Switch all traffic to the new key and tell us at {{contact}}.

If you have switched already, nothing changes for you.
)md") + closing();
    return builtIn("extension",
                   QStringLiteral("Deadline extended to {{deadline_utc}}: rotate your API key {{key_prefix}}\u2026"),
                   body);
}

} // namespace

QList<PlaceholderInfo> NoticeTemplates::knownPlaceholders()
{
    return {
        {QStringLiteral("consumer_name"), tr("The consumer's name as shown in the inventory")},
        {QStringLiteral("key_name"), tr("The name of the key being rotated")},
        {QStringLiteral("key_prefix"), tr("The visible prefix of the old key (never the key itself)")},
        {QStringLiteral("key_fingerprint"), tr("The old key's fingerprint, e.g. sha256:1a2b3c4d5e6f7a8b")},
        {QStringLiteral("environment"), tr("The environment the key belongs to, e.g. production or staging")},
        {QStringLiteral("deadline_utc"), tr("When the old key is revoked, in UTC")},
        {QStringLiteral("days_left"), tr("Whole days left until the deadline")},
        {QStringLiteral("contact"), tr("Who to contact with questions: a team, an e-mail address or a channel")},
        {QStringLiteral("api_base_url"), tr("The API's base URL for the key's environment")},
        {QStringLiteral("health_url"), tr("The health-check URL to test the new key against")},
        {QStringLiteral("dashboard_url"), tr("Where the consumer creates a new key")},
        {QStringLiteral("reason"), tr("Why the key is revoked ahead of schedule (emergency notices)")},
        {QStringLiteral("old_deadline_utc"), tr("The previous deadline, in UTC (extension notices)")},
        {QStringLiteral("campaign_name"), tr("The rotation campaign the notice belongs to")},
    };
}

QList<NoticeTemplate> NoticeTemplates::defaults()
{
    return {
        migration("migration-rest", restExample()),
        migration("migration-python", pythonExample()),
        migration("migration-node", nodeExample()),
        migration("migration-java", javaExample()),
        migration("migration-go", goExample()),
        environments(),
        reminder(),
        emergency(),
        extension(),
    };
}

QString NoticeTemplates::migrationTemplateFor(const QString &integrationPattern)
{
    const QString pattern = integrationPattern.trimmed().toLower();
    for (const char *known : {"rest", "python", "node", "java", "go", "environments"}) {
        if (pattern == QLatin1String(known))
            return QStringLiteral("migration-") + pattern;
    }
    return QStringLiteral("migration-rest");
}

} // namespace keyturn
