namespace Discrepancy.DependencyInjection;

/// <summary>Registered once by <c>AddDiscrepancy</c>; its presence makes later calls skip the registrations.</summary>
internal sealed class DiscrepancyMarkerService;
