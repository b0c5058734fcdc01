#pragma once

#include "core/kamal/Command.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Berth::Kamal {

// What the engine needs to explain why a new container never became healthy: which container,
// how it was checked, and how to stop it afterwards (Kamal stops the new version when its boot
// fails, so the old one keeps serving alone). Plain data, built with the plan.
struct HealthCheckProbe
{
    QString container; // the new version's container name, e.g. "web-app-web-v2"
    QString targetCapture; // the capture holding the container id handed to kamal-proxy
    bool viaProxy = true; // kamal-proxy's health check; false: Docker's status poller
    int appPort = 80;
    QString path = QStringLiteral("/up");
    int deployTimeoutSeconds = 30;
    Command stopNewVersion;

    // The commands that gather the facts, each harmless and read-only.
    [[nodiscard]] Command stateCommand() const; // "<status> <exit code>"
    [[nodiscard]] Command containerLogCommand() const; // the container's last lines
    // kamal-proxy's recent health-check log lines about `targetId`.
    [[nodiscard]] Command proxyLogCommand(const QString &targetId) const;
};

// The facts gathered on the host after the failure.
struct HealthCheckFacts
{
    QString state; // output of stateCommand(); empty when the container is gone
    QString containerLog;
    QString proxyLog; // kamal-proxy's JSON log lines
    QString failure; // what the failing command said (kamal-proxy deploy's error)
};

// A likely cause in words a newcomer understands, with what to change, and the evidence.
struct HealthCheckExplanation
{
    enum class Cause {
        ContainerStopped, // exited or restarting before it answered
        NothingListening, // connection refused: wrong app_port, or the app binds 127.0.0.1
        NotFound, // the health check path answers 404
        Redirected, // the health check path redirects (typically to https)
        Unhealthy, // answers, but with another error status
        TooSlow, // requests time out, or nothing failed before the deploy timeout
        Unknown,
    };
    Cause cause = Cause::Unknown;
    QString summary; // one sentence: what happened
    QString advice; // what to change
    QStringList evidence; // the log lines that show it (newest last)

    // Summary, advice, evidence as one message for a step's failure.
    [[nodiscard]] QString text() const;
};

// Reads the facts like a person who knows kamal-proxy would. Pure: no I/O.
class HealthCheckExplainer
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckExplainer)

public:
    [[nodiscard]] static HealthCheckExplanation explain(const HealthCheckProbe &probe,
                                                        const HealthCheckFacts &facts);
};

} // namespace Berth::Kamal
