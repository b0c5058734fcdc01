#pragma once

#include "core/Result.h"

#include <QEventLoop>

#include <optional>

namespace Berth::Cli {

// Waits on a local event loop for one asynchronous call that reports a Result<T> (keychain
// jobs). Only for the CLI's main thread, which has nothing else to keep responsive.
template<typename T, typename Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> outcome;
    QEventLoop loop;
    call([&outcome, &loop](Result<T> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace Berth::Cli
