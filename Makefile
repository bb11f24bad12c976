SHELL := /bin/bash
CONFIGURATION ?= Release
FUNCTIONS := Scheduler SpotManager CostReport BudgetAlerts

.PHONY: build test package clean

build:
	dotnet build CostOps.sln -c $(CONFIGURATION)

test:
	dotnet test CostOps.sln -c $(CONFIGURATION)

clean:
	rm -rf dist reports/out
	dotnet clean CostOps.sln >/dev/null
