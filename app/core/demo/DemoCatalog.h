#pragma once

#include <QList>
#include <QStringList>

namespace keyturn {

/// The world the demo is made of, shared by the demo workspace (DemoWorld) and keyturn-sandbox's demo world, so a
/// workspace built by `keyturn --demo` finds the same keys, vault paths and consumers at its sandbox.

/// One held key of the rotation guide's inventory; it exists once per environment.
struct DemoHeldKey
{
    const char *provider;   ///< display name, e.g. "Internal API Gateway"
    const char *providerId; ///< keyturn-sandbox's simulated provider, e.g. "internal-gateway"
    const char *purpose;    ///< the production key's name; other environments add -staging or -dev
    const char *providerApi;
    QStringList usedBy;
    const char *vaultBase;
    int intervalDays;
    const char *criticality;
    const char *owner;
    const char *prefix;
    bool dualKey;
    int graceSeconds;
};

struct DemoEnvironment
{
    const char *name;
    const char *shortName;
};

/// Every held key of the demo, in a fixed order.
const QList<DemoHeldKey> &demoHeldKeys();
/// production (prod), staging, development (dev), in that order.
const QList<DemoEnvironment> &demoEnvironments();
/// The 200 consumer names (company × sector), in a fixed order.
QStringList demoConsumerNames();
/// rest, python, node, java, go.
QStringList demoIntegrationPatterns();
/// The simulated provider id of a provider's display name ("Internal API Gateway" → "internal-gateway").
QString demoProviderId(const QString &providerName);

} // namespace keyturn
