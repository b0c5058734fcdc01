#pragma once

#include <QProcess>
#include <QStringList>
#include <QTest>

// Access to the real test environment started by tests/env/testenv (see tests/env/README.md).
namespace TestEnv {

inline QString value(const char *name)
{
    return qEnvironmentVariable(name);
}

// True when the environment's variables are exported. When they are not, the calling test
// skips — or fails, when BERTH_REQUIRE_TESTENV=1 says a run must not silently skip.
inline bool available()
{
    return !value("BERTH_TEST_HOSTS").isEmpty();
}

#define BERTH_REQUIRE_TESTENV() \
    do { \
        if (!TestEnv::available()) { \
            if (qEnvironmentVariable("BERTH_REQUIRE_TESTENV") == QLatin1String("1")) \
                QFAIL("the test environment is not up: run tests/env/testenv up and export " \
                      "$(tests/env/testenv env)"); \
            QSKIP( \
                "the test environment is not up (tests/env/testenv up; eval $(tests/env/testenv " \
                "env))"); \
        } \
    } while (false)

inline QStringList hosts()
{
    return value("BERTH_TEST_HOSTS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Runs `tests/env/testenv ARGS…` and returns its exit code (-1 if it could not start).
inline int testenv(const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(BERTH_SOURCE_DIR "/tests/env/testenv"), args);
    if (!process.waitForStarted(5000) || !process.waitForFinished(60000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace TestEnv
