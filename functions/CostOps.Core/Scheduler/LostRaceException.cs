namespace CostOps.Core.Scheduler;

/// <summary>Another run wrote this service's state first; this run leaves the service to it. Never escapes the reconciler.</summary>
internal sealed class LostRaceException() : Exception("another run changed this service's state first");
